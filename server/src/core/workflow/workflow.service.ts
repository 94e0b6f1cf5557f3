import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { Actor } from '../actor.js';
import { ForbiddenError, requireRead, requireWrite } from '../auth/policy.js';
import { scoped } from '../auth/scope.js';
import { recordReason, runnerOf } from '../changes/capture.js';
import { loadForUpdate } from '../db/versions.js';
import { write } from '../db/write.js';
import { Problems, UserErrors } from '../errors.js';
import { decodeIdOf } from '../graphql/global-id.js';
import type { Loaders } from '../graphql/loaders.js';
import type { Queryable, WorkflowDef } from './definition.js';
import { judge, mayAttempt, optionsFor, stateOf, type TransitionOption } from './evaluate.js';

type VersionedRow = ObjectLiteral & { id: string; version: number };
type EntityClass<R> = { new (): R; name: string };

/** What a `transition…` mutation sends: the record, the target state, why, and the version seen. */
export interface TransitionRequest<S extends string> {
  id: string;
  to: S;
  reason?: string | null;
  expectedVersion?: number | null;
}

/**
 * Runs one workflow against the database: the options a record offers its reader
 * (`allowedTransitions`, facts batched per request) and the transition itself, in one transaction:
 * the record (as the actor may see it) → may the actor ask for this at all (else FORBIDDEN,
 * nothing written) → the version check (core/db/versions.ts) on the locked row → is it a
 * transition from the current state, who, reason, guards (typed user errors) → the new state,
 * with the reason carried by the record's event in the log (its `history`).
 */
export class WorkflowService<S extends string, R extends VersionedRow, F> {
  constructor(
    private readonly db: DataSource,
    private readonly entity: EntityClass<R>,
    readonly def: WorkflowDef<S, R, F>,
  ) {}

  /** The transitions out of the record's state this actor may make, each allowed now or blocked with reasons. */
  async allowed(actor: Actor, loaders: Loaders, record: R): Promise<TransitionOption<S>[]> {
    requireRead(actor);
    const state = stateOf(this.def, record);
    if (!this.def.transitions.some((t) => t.from.includes(state) && t.who(actor, record))) return [];
    const facts = await loaders.get<string, F>(`workflow:${this.def.name}:facts`, async (ids) => this.factsOf(loaders.db, ids)).load(record.id);
    return optionsFor(this.def, actor, record, facts);
  }

  transition(actor: Actor, input: TransitionRequest<S>): Promise<R> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const seen = await this.find(em, actor, input.id);
      if (!seen) {
        problems.add('id', 'NOT_FOUND', `Không tìm thấy ${this.entity.name} với mã này.`);
        problems.throwIfAny();
      }
      if (!mayAttempt(this.def, actor, seen!, input.to)) throw new ForbiddenError();
      // The state field as "what I send", so a state changed by someone else since is a conflict.
      const sent = { id: input.id, expectedVersion: input.expectedVersion, [this.def.field]: input.to };
      const record = await loadForUpdate(em, this.entity, sent, problems, { viewer: actor });
      return this.apply(em, actor, record, input.to, input.reason);
    });
  }

  /**
   * The transition itself on a record already loaded and locked in the caller's transaction (its
   * version checked): state, who, reason, guards, `onEnter`, save, reason in the log. A service that
   * writes other records first (an approval with its decision) runs its step through here, so the
   * step is judged and logged like any other.
   */
  async apply(em: EntityManager, actor: Actor, record: R, to: S, reason?: string | null): Promise<R> {
    const [facts] = await this.factsOf(em, [record.id]);
    const verdict = judge(this.def, actor, record, facts as F, to, reason);
    if (verdict.kind === 'forbidden') throw new ForbiddenError();
    if (verdict.kind === 'problems') throw new UserErrors(verdict.problems);
    await this.def.onEnter?.(em, record, to, actor);
    (record as ObjectLiteral)[this.def.field] = to;
    const saved = await em.save(record);
    recordReason(runnerOf(em), this.entity.name, record.id, reason?.trim() || null);
    return saved;
  }

  private find(em: EntityManager, actor: Actor, globalId: string): Promise<R | null> {
    const id = decodeIdOf(this.entity.name, globalId);
    if (!id) return Promise.resolve(null);
    const qb = em.getRepository(this.entity).createQueryBuilder('record').where('record.id = :id', { id });
    return scoped(qb, actor, this.entity.name).getOne();
  }

  private async factsOf(db: Queryable, ids: readonly string[]): Promise<F[]> {
    if (!this.def.facts) return ids.map(() => undefined as F);
    const map = await this.def.facts(db, ids);
    return ids.map((id) => map.get(id) as F);
  }
}
