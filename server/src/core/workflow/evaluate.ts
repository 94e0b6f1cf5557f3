import { userError, type UserErrorData } from '../errors.js';
import type { Actor } from '../actor.js';
import type { TransitionDef, WorkflowDef } from './definition.js';

/**
 * The pure part of a workflow: what an actor may do with a record now, and whether one requested
 * transition may go ahead. No database here; facts are loaded beforehand (see `WorkflowDef.facts`).
 */

export interface TransitionOption<S extends string> {
  name: string;
  to: S;
  /** Vietnamese label of the button. */
  label: string;
  reasonRequired: boolean;
  /** True when no guard blocks it. */
  allowed: boolean;
  /** Why not, when a guard blocks it (field `to`). */
  blockers: UserErrorData[];
}

type Def<S extends string, R extends { id: string }, F> = WorkflowDef<S, R, F>;

export const stateOf = <S extends string, R extends { id: string }, F>(def: Def<S, R, F>, record: R): S => record[def.field] as unknown as S;

function blockersOf<S extends string, R extends { id: string }, F>(t: TransitionDef<S, R, F>, record: R, facts: F): UserErrorData[] {
  const blockers: UserErrorData[] = [];
  for (const guard of t.guards ?? []) {
    const blocker = guard({ record, facts });
    if (blocker) blockers.push(userError('to', blocker.code, blocker.message));
  }
  return blockers;
}

/** The transitions out of the record's state that this actor may make, each with what blocks it now. */
export function optionsFor<S extends string, R extends { id: string }, F>(def: Def<S, R, F>, actor: Actor, record: R, facts: F): TransitionOption<S>[] {
  const state = stateOf(def, record);
  return def.transitions
    .filter((t) => t.from.includes(state) && t.who(actor, record))
    .map((t) => {
      const blockers = blockersOf(t, record, facts);
      return { name: t.name, to: t.to, label: t.label.vi, reasonRequired: t.reason === 'required', allowed: blockers.length === 0, blockers };
    });
}

/**
 * Whether the actor may ask for `to` on this record at all, checked before anything else (the
 * version, the state, the guards): some transition into `to` is theirs to make, or — when no
 * transition leads there — some transition of the workflow is. Otherwise: FORBIDDEN.
 */
export function mayAttempt<S extends string, R extends { id: string }, F>(def: Def<S, R, F>, actor: Actor, record: R, to: S): boolean {
  const into = def.transitions.filter((t) => t.to === to);
  return (into.length ? into : def.transitions).some((t) => t.who(actor, record));
}

export type Verdict<S extends string, R, F> =
  { kind: 'ok'; transition: TransitionDef<S, R, F> } | { kind: 'forbidden' } | { kind: 'problems'; problems: UserErrorData[] };

const label = <S extends string, R extends { id: string }, F>(def: Def<S, R, F>, state: S) => def.states.labels[state]?.vi ?? state;

/** May the actor move the record (in its current state) to `to` with this reason, given the facts? */
export function judge<S extends string, R extends { id: string }, F>(
  def: Def<S, R, F>,
  actor: Actor,
  record: R,
  facts: F,
  to: S,
  reason: string | null | undefined,
): Verdict<S, R, F> {
  const from = stateOf(def, record);
  const transition = def.transitions.find((t) => t.to === to && t.from.includes(from));
  if (!transition) {
    return { kind: 'problems', problems: [userError('to', 'INVALID_TRANSITION', `Không chuyển được từ «${label(def, from)}» sang «${label(def, to)}».`)] };
  }
  if (!transition.who(actor, record)) return { kind: 'forbidden' };
  const problems = blockersOf(transition, record, facts);
  if (transition.reason === 'required' && !reason?.trim()) {
    problems.unshift(userError('reason', 'REQUIRED', `Cần nêu lý do để ${transition.label.vi.toLowerCase()}.`));
  }
  return problems.length ? { kind: 'problems', problems } : { kind: 'ok', transition };
}
