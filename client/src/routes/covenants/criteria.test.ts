import { describe, expect, it } from 'vitest';
import { applyMove, dropTarget, stepTarget, totalMaxScore } from './criteria';

// 1, 2 (2.1, 2.2), 3 — as the API lists them: outline order, each pointing at its parent.
const c = (id: string, number: string, parent?: string, maxScore?: number | null) => ({ id, number, parent: parent ? { id: parent } : null, maxScore });
const outline = [c('a', '1', undefined, 20), c('b', '2'), c('b1', '2.1', 'b', 15), c('b2', '2.2', 'b', 25), c('d', '3', undefined, 40)];
const numbers = (list: { id: string; number: string }[]) => list.map((x) => `${x.number}:${x.id}`);

describe('moving covenant criteria', () => {
  it('moves one step up or down among siblings, as afterId/beforeId', () => {
    expect(stepTarget(outline, 'b', 'up')).toEqual({ beforeId: 'a' });
    expect(stepTarget(outline, 'd', 'up')).toEqual({ beforeId: 'b', afterId: 'a' });
    expect(stepTarget(outline, 'a', 'down')).toEqual({ afterId: 'b', beforeId: 'd' });
    expect(stepTarget(outline, 'b2', 'up')).toEqual({ beforeId: 'b1' });
  });

  it('refuses to move past the edge of its level', () => {
    expect(stepTarget(outline, 'a', 'up')).toBeNull();
    expect(stepTarget(outline, 'd', 'down')).toBeNull();
    expect(stepTarget(outline, 'b1', 'up')).toBeNull();
    expect(stepTarget(outline, 'b2', 'down')).toBeNull();
  });

  it('turns a drop into a position among siblings only', () => {
    expect(dropTarget(outline, 'd', 'a', 'before')).toEqual({ beforeId: 'a' });
    expect(dropTarget(outline, 'a', 'd', 'after')).toEqual({ afterId: 'd' });
    expect(dropTarget(outline, 'a', 'd', 'before')).toEqual({ afterId: 'b', beforeId: 'd' });
    // Dropping where it already is, on itself, or on another level changes nothing.
    expect(dropTarget(outline, 'a', 'b', 'before')).toBeNull();
    expect(dropTarget(outline, 'a', 'a', 'after')).toBeNull();
    expect(dropTarget(outline, 'b1', 'd', 'after')).toBeNull();
  });

  it('renumbers the outline after a move, children following their parent', () => {
    expect(numbers(applyMove(outline, 'b', { beforeId: 'a' }))).toEqual(['1:b', '1.1:b1', '1.2:b2', '2:a', '3:d']);
    expect(numbers(applyMove(outline, 'b2', { beforeId: 'b1' }))).toEqual(['1:a', '2:b', '2.1:b2', '2.2:b1', '3:d']);
    expect(numbers(applyMove(outline, 'a'))).toEqual(['1:b', '1.1:b1', '1.2:b2', '2:d', '3:a']);
  });

  it('numbers a list without moving anything', () => {
    const shuffledNumbers = outline.map((x) => ({ ...x, number: '?' }));
    expect(numbers(applyMove(shuffledNumbers))).toEqual(['1:a', '2:b', '2.1:b1', '2.2:b2', '3:d']);
  });

  it('totals the maximum scores, a parent without its own counting its children', () => {
    expect(totalMaxScore(outline)).toBe(20 + 15 + 25 + 40);
    expect(totalMaxScore([c('x', '1', undefined, 10), c('x1', '1.1', 'x', 99)])).toBe(10);
  });
});
