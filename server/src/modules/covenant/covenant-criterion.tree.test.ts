import { describe, expect, it } from 'vitest';
import { outline } from './covenant-criterion.tree.js';

describe('criteria outline', () => {
  it('numbers criteria depth-first in sibling order', () => {
    const items = [
      { id: 'a', parentId: null },
      { id: 'b1', parentId: 'b' },
      { id: 'b', parentId: null },
      { id: 'b2', parentId: 'b' },
      { id: 'b2x', parentId: 'b2' },
      { id: 'c', parentId: null },
    ];
    const { ordered, numbers } = outline(items);
    expect(ordered.map((i) => i.id)).toEqual(['a', 'b', 'b1', 'b2', 'b2x', 'c']);
    expect(Object.fromEntries(numbers)).toEqual({ a: '1', b: '2', b1: '2.1', b2: '2.2', b2x: '2.2.1', c: '3' });
  });

  it('treats a criterion whose parent is missing as top-level', () => {
    expect(Object.fromEntries(outline([{ id: 'x', parentId: 'gone' }]).numbers)).toEqual({ x: '1' });
  });
});
