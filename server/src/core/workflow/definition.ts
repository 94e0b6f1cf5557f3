import type { Label, UserErrorCode } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../actor.js';

/**
 * A workflow: the states of one record type's state field, the transitions between them, who may
 * make each, what must hold first (guards) and whether a reason is asked. Definitions are data;
 * `evaluate.ts` applies them (pure), `workflow.service.ts` runs them against the database, and
 * `workflow.types.ts` gives each one its GraphQL types. A feature plugs in a definition and gets
 * `allowedTransitions`, a `transition…` mutation and the transitions in `history`.
 */

/** Why a guard blocks a transition: a stable code and, when the generic text is not enough, a Vietnamese message. */
export interface Blocker {
  code: UserErrorCode;
  message?: string;
}

/** What a guard sees: the record as it is and the facts its workflow loaded for it. */
export interface GuardInput<R, F> {
  record: R;
  facts: F;
}

/** Null when the transition may go ahead, else why not. */
export type Guard<R, F> = (input: GuardInput<R, F>) => Blocker | null;

/** May this actor make this transition on this record (policy permission and the record's scope)? */
export type Who<R> = (actor: Actor, record: R) => boolean;

export type ReasonRule = 'optional' | 'required';

export interface TransitionDef<S extends string, R, F> {
  /** Stable name (the shared vocabulary key of its label), e.g. `MARK_SIGNED`. */
  name: string;
  from: readonly S[];
  to: S;
  label: Label;
  who: Who<R>;
  guards?: readonly Guard<R, F>[];
  /** Default `optional`: a reason may always be given; `required` refuses a blank one. */
  reason?: ReasonRule;
}

/** Loads what the guards need for many records at once (one SQL statement, not one per record). */
export type FactsLoader<F> = (db: Queryable, ids: readonly string[]) => Promise<Map<string, F>>;

/** An EntityManager (inside a transaction) or a DataSource: anything that runs SQL. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape of TypeORM's EntityManager.query and DataSource.query, whose rows are any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface WorkflowDef<S extends string, R extends { id: string }, F = undefined> {
  /** Unique name, e.g. `covenant`; also names the loaders of its facts. */
  name: string;
  /** The record's state field, e.g. `status`. */
  field: keyof R & string;
  /** Every state, in lifecycle order, with its label (a shared vocabulary). */
  states: { values: readonly S[]; labels: Record<S, Label> };
  /** Where created records start. */
  initial: S;
  transitions: readonly TransitionDef<S, R, F>[];
  /** Facts for the guards; without it, guards see `undefined`. */
  facts?: FactsLoader<F>;
  /** Runs in the transition's transaction once it is allowed, before the new state is saved (e.g. a tally, the records it makes). */
  onEnter?: (em: EntityManager, record: R, to: S) => Promise<void>;
}

/** Declares a workflow (type inference only; checks that every transition joins known states). */
export function defineWorkflow<S extends string, R extends { id: string }, F = undefined>(def: WorkflowDef<S, R, F>): WorkflowDef<S, R, F> {
  const known = new Set<string>(def.states.values);
  for (const t of def.transitions) {
    for (const state of [...t.from, t.to]) if (!known.has(state)) throw new Error(`Workflow ${def.name}: ${t.name} uses unknown state ${state}.`);
  }
  if (!known.has(def.initial)) throw new Error(`Workflow ${def.name}: unknown initial state ${def.initial}.`);
  return def;
}
