import { describe, expect, it } from 'vitest';
import { addRemoteChanges, HIGHLIGHT_MS, nextExpiry, NO_CHANGES, pruneExpired } from './recentChanges';
import type { LiveEvent } from './types';

const event = (seq: string, entityId: string, action: LiveEvent['action'] = 'UPDATE'): LiveEvent => ({
  seq,
  entityId,
  entityType: 'Unit',
  action,
  actorName: 'Lê Văn Cường (can_bo_don_vi)',
  changes: [],
});

describe('highlights of remote changes', () => {
  it('last a few seconds from when the change arrived, the latest per record', () => {
    const at = 1_000_000;
    let state = addRemoteChanges(NO_CHANGES, [event('1', 'A'), event('2', 'B')], at);
    state = addRemoteChanges(state, [event('3', 'A')], at + 1_000);
    expect(state.recent.get('A')).toMatchObject({ seq: '3', until: at + 1_000 + HIGHLIGHT_MS });
    expect(nextExpiry(state)).toBe(at + HIGHLIGHT_MS);

    state = pruneExpired(state, at + HIGHLIGHT_MS);
    expect([...state.recent.keys()]).toEqual(['A']);
    state = pruneExpired(state, at + 1_000 + HIGHLIGHT_MS);
    expect(state.recent.size).toBe(0);
    expect(nextExpiry(state)).toBeNull();
  });

  it('remember a deletion after the highlight is over, for the record’s page', () => {
    let state = addRemoteChanges(NO_CHANGES, [event('5', 'A', 'DELETE')], 0);
    state = pruneExpired(state, HIGHLIGHT_MS);
    expect(state.recent.size).toBe(0);
    expect(state.deleted.get('A')).toMatchObject({ action: 'DELETE', actorName: 'Lê Văn Cường (can_bo_don_vi)' });
  });

  it('leave the state as it is when nothing expired (no re-render)', () => {
    const state = addRemoteChanges(NO_CHANGES, [event('1', 'A')], 0);
    expect(pruneExpired(state, 10)).toBe(state);
    expect(addRemoteChanges(state, [], 10)).toBe(state);
  });
});
