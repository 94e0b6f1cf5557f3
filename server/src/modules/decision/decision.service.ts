import { toGlobalId } from '../../core/graphql/global-id.js';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Decision } from './decision.entity.js';
import type { CreateDecisionInput, DecisionsArgs, UpdateDecisionInput } from './decision.inputs.js';
import { decisionList } from './decision.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

/** One spelling per number and issuer: NFC, single spaces, trimmed ("889/QĐ-UBND"). */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Trimmed text, null when blank; undefined (not sent) stays undefined for patches. */
function optional(text: string | null | undefined): string | null | undefined {
  return text == null ? text : normalizeText(text) || null;
}

export class DecisionService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Decision> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Decision, id);
  }

  list(actor: Actor, args: DecisionsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Decision).createQueryBuilder('d'), decisionList, args);
  }

  create(actor: Actor, input: CreateDecisionInput): Promise<Decision> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const decision = em.create(Decision, {
        number: optional(input.number) ?? null,
        issuedOn: input.issuedOn ?? null,
        issuer: normalizeText(input.issuer),
        issuerLevel: input.issuerLevel,
        signer: optional(input.signer) ?? null,
        signerTitle: optional(input.signerTitle) ?? null,
        subject: input.subject.trim(),
        note: input.note ?? null,
      });
      await this.check(em, decision, new Problems());
      return em.save(decision);
    });
  }

  update(actor: Actor, input: UpdateDecisionInput): Promise<Decision> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const decision = await loadForUpdate(em, Decision, input, problems);
      requireNotNull(input, ['issuer', 'issuerLevel', 'subject'], problems);
      problems.throwIfAny();
      const patch = {
        ...input,
        number: optional(input.number),
        issuer: input.issuer == null ? input.issuer : normalizeText(input.issuer),
        signer: optional(input.signer),
        signerTitle: optional(input.signerTitle),
        subject: input.subject?.trim(),
      };
      applyPatch(decision, patch as Partial<Decision>, ['number', 'issuedOn', 'issuer', 'issuerLevel', 'signer', 'signerTitle', 'subject', 'note']);
      await this.check(em, decision, problems);
      return em.save(decision);
    });
  }

  /** IN_USE while a bloc, movement, commendation or unit lineage cites the decision. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const decision = await loadForDelete(em, Decision, id, expectedVersion, new Problems());
      await removeRecords(em, Decision, { id: decision.id });
      return id;
    });
  }

  /** Blank required text and a number the issuer already used (the unique constraint backs this up). */
  private async check(em: EntityManager, decision: Decision, problems: Problems): Promise<void> {
    if (!decision.issuer) problems.add('issuer', 'REQUIRED');
    if (!decision.subject) problems.add('subject', 'REQUIRED');
    if (decision.number && decision.issuer) {
      const same = await em.findOneBy(Decision, { issuer: decision.issuer, number: decision.number, ...(decision.id ? { id: Not(decision.id) } : {}) });
      if (same) problems.add('number', 'DUPLICATE', `Cơ quan ban hành này đã có quyết định số ${decision.number}.`, toGlobalId(Decision.name, same.id));
    }
    problems.throwIfAny();
  }
}
