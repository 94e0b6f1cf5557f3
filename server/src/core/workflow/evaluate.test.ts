import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { SYSTEM } from '../actor.js';
import { defineWorkflow } from './definition.js';
import { judge, mayAttempt, optionsFor } from './evaluate.js';
import { blocOf, board } from './who.js';

/** A toy ballot session: the pure rules, no database. */
interface Ballot {
  id: string;
  blocId: string;
  state: 'SETUP' | 'OPEN' | 'COUNTED';
}
interface Facts {
  voters: number;
}

const STATES = {
  values: ['SETUP', 'OPEN', 'COUNTED'] as const,
  labels: { SETUP: { vi: 'Chuẩn bị', en: 'Setup' }, OPEN: { vi: 'Đang bỏ phiếu', en: 'Open' }, COUNTED: { vi: 'Đã kiểm phiếu', en: 'Counted' } },
};

const ballot = defineWorkflow<Ballot['state'], Ballot, Facts>({
  name: 'ballot',
  field: 'state',
  states: STATES,
  initial: 'SETUP',
  transitions: [
    {
      name: 'OPEN',
      from: ['SETUP'],
      to: 'OPEN',
      label: { vi: 'Mở bỏ phiếu', en: 'Open' },
      who: blocOf<Ballot>((b) => b.blocId),
      guards: [({ facts }) => (facts.voters > 0 ? null : { code: 'NO_MEMBERS' })],
    },
    { name: 'REOPEN', from: ['COUNTED'], to: 'OPEN', label: { vi: 'Mở lại', en: 'Reopen' }, who: board, reason: 'required' },
    { name: 'COUNT', from: ['OPEN'], to: 'COUNTED', label: { vi: 'Kiểm phiếu', en: 'Count' }, who: blocOf<Ballot>((b) => b.blocId) },
  ],
});

const officer = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  kind: 'USER',
  id: 'u',
  name: 'Cán bộ',
  role,
  unitId: null,
  blocId: null,
  scopes: [],
  ...scope,
});
const boardOfficer = officer('BOARD_OFFICER');
const blocA = officer('BLOC_OFFICER', { blocId: 'A' });
const blocB = officer('BLOC_OFFICER', { blocId: 'B' });
const analyst = officer('ANALYST');
const at = (state: Ballot['state']): Ballot => ({ id: '1', blocId: 'A', state });

describe('workflow rules', () => {
  it('offers the transitions out of the state that the actor may make, blocked ones with their reasons', () => {
    expect(optionsFor(ballot, blocA, at('SETUP'), { voters: 3 })).toEqual([
      { name: 'OPEN', to: 'OPEN', label: 'Mở bỏ phiếu', reasonRequired: false, allowed: true, blockers: [] },
    ]);
    const [blocked] = optionsFor(ballot, blocA, at('SETUP'), { voters: 0 });
    expect(blocked).toMatchObject({ to: 'OPEN', allowed: false, blockers: [{ field: ['to'], code: 'NO_MEMBERS' }] });
    expect(optionsFor(ballot, blocB, at('SETUP'), { voters: 3 })).toEqual([]);
    expect(optionsFor(ballot, analyst, at('SETUP'), { voters: 3 })).toEqual([]);
    // Reopening is the Board's, and asks for a reason.
    expect(optionsFor(ballot, blocA, at('COUNTED'), { voters: 3 })).toEqual([]);
    expect(optionsFor(ballot, boardOfficer, at('COUNTED'), { voters: 3 })).toEqual([expect.objectContaining({ to: 'OPEN', reasonRequired: true })]);
    expect(optionsFor(ballot, SYSTEM, at('OPEN'), { voters: 3 }).map((o) => o.to)).toEqual(['COUNTED']);
  });

  it('lets only who may make some transition into the target attempt it', () => {
    expect(mayAttempt(ballot, blocA, at('SETUP'), 'OPEN')).toBe(true);
    expect(mayAttempt(ballot, blocB, at('SETUP'), 'OPEN')).toBe(false);
    expect(mayAttempt(ballot, analyst, at('OPEN'), 'COUNTED')).toBe(false);
    // No transition leads back to SETUP: any actor of the workflow may ask (and is told it is illegal).
    expect(mayAttempt(ballot, blocA, at('OPEN'), 'SETUP')).toBe(true);
    expect(mayAttempt(ballot, analyst, at('OPEN'), 'SETUP')).toBe(false);
  });

  it('judges a request: illegal, forbidden, reason, guards, ok', () => {
    expect(judge(ballot, blocA, at('SETUP'), { voters: 3 }, 'COUNTED', null)).toEqual({
      kind: 'problems',
      problems: [{ field: ['to'], code: 'INVALID_TRANSITION', message: 'Không chuyển được từ «Chuẩn bị» sang «Đã kiểm phiếu».' }],
    });
    expect(judge(ballot, blocA, at('COUNTED'), { voters: 3 }, 'OPEN', 'lý do')).toEqual({ kind: 'forbidden' });
    expect(judge(ballot, boardOfficer, at('COUNTED'), { voters: 3 }, 'OPEN', '  ')).toMatchObject({
      kind: 'problems',
      problems: [{ field: ['reason'], code: 'REQUIRED' }],
    });
    expect(judge(ballot, boardOfficer, at('COUNTED'), { voters: 3 }, 'OPEN', 'Kiểm lại phiếu')).toMatchObject({ kind: 'ok', transition: { name: 'REOPEN' } });
    expect(judge(ballot, blocA, at('SETUP'), { voters: 0 }, 'OPEN', null)).toMatchObject({ kind: 'problems', problems: [{ code: 'NO_MEMBERS' }] });
  });

  it('refuses a definition that names an unknown state', () => {
    expect(() =>
      defineWorkflow<string, Ballot>({
        name: 'bad',
        field: 'state',
        states: STATES,
        initial: 'SETUP',
        transitions: [{ name: 'X', from: ['SETUP'], to: 'GONE', label: { vi: 'x', en: 'x' }, who: board }],
      }),
    ).toThrow(/unknown state GONE/);
  });
});
