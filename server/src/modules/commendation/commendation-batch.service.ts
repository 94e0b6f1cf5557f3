import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission } from '../../core/auth/policy.js';
import { Problems, UserErrors } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Decision } from '../decision/entities.js';
import { Movement } from '../movement/entities.js';
import { Commendation } from './commendation.entity.js';
import type { BatchDecisionInput, RecordCommendationsInput } from './commendation-batch.inputs.js';
import { checkYear } from './commendation.service.js';
import { checkDuplicates } from './commendation-duplicates.js';
import { assignSubject, checkSubjectKind, resolveSubjects, type ResolvedSubject, type SubjectPaths } from './commendation-subject.js';

export interface RecordedCommendations {
  decision: Decision;
  commendations: Commendation[];
}

const RECIPIENTS: SubjectPaths = {
  whole: (i) => ['recipients', String(i), 'subject'],
  id: (i, field) => ['recipients', String(i), field],
};
const NEW_DECISION_FIELDS = ['number', 'issuedOn', 'issuer', 'issuerLevel', 'signer', 'signerTitle', 'subject'] as const;

/**
 * Records one decision's commendations at once (a whole list "tặng Bằng khen cho 12 tập thể…"):
 * every recipient is checked first, then everything is saved in one transaction or nothing is.
 */
export class CommendationBatchService {
  constructor(private readonly db: DataSource) {}

  async record(actor: Actor, input: RecordCommendationsInput): Promise<RecordedCommendations> {
    requirePermission(actor, 'write:domain');
    try {
      return await write(this.db, (em) => this.recordIn(em, input));
    } catch (error) {
      // A concurrent insert of the same decision number is caught by the unique constraint.
      if (error instanceof UserErrors && error.errors.some((e) => e.code === 'DUPLICATE' && e.field.join('.') === 'number')) {
        throw new UserErrors(error.errors.map((e) => (e.field.join('.') === 'number' ? { ...e, field: ['decision', 'number'] } : e)));
      }
      throw error;
    }
  }

  private async recordIn(em: EntityManager, input: RecordCommendationsInput): Promise<RecordedCommendations> {
    const problems = new Problems();
    const awardType = await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems);
    const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
    const movement = await resolveRef(em, Movement, input.movementId, 'movementId', problems);
    const decision = await this.decision(em, input.decision, problems);
    const subjects = await resolveSubjects(em, input.recipients, RECIPIENTS, problems);
    this.checkRecipients(input, subjects, awardType, problems);
    checkYear(input.year, decision, ['year'], problems);
    // Only an existing decision can already have commendations; a new one has none yet.
    if (awardType && decision?.id) {
      const keys = subjects.map((subject, i) =>
        subject && !input.recipients[i]!.allowDuplicate
          ? { subjectId: (subject.unitId ?? subject.personId ?? subject.householdId)!, awardTypeId: awardType.id, year: input.year, decisionId: decision.id }
          : null,
      );
      await checkDuplicates(em, keys, (i) => RECIPIENTS.id(i, subjects[i]!.field), problems);
    }
    problems.throwIfAny();

    const saved = decision!.id ? decision! : await em.save(decision!);
    const rows = input.recipients.map((recipient, i) => {
      const c = em.create(Commendation, {
        awardTypeId: awardType!.id,
        year: input.year,
        achievement: recipient.achievement.trim(),
        kind: input.kind ?? 'MERIT',
        decisionId: saved.id,
        blocId: bloc?.id ?? null,
        movementId: movement?.id ?? null,
        status: 'AWARDED',
        note: recipient.note ?? null,
      });
      assignSubject(c, subjects[i]!);
      return c;
    });
    return { decision: saved, commendations: await em.save(rows) };
  }

  /** The existing decision, or a new one (not saved yet) after checking its number is free. */
  private async decision(em: EntityManager, input: BatchDecisionInput, problems: Problems): Promise<Decision | null> {
    if (input.existingId != null) {
      const extra = NEW_DECISION_FIELDS.filter((field) => input[field] != null);
      if (extra.length) {
        problems.add(['decision', 'existingId'], 'INVALID', 'Chọn quyết định đã có hoặc nhập quyết định mới, không cả hai.');
        return null;
      }
      return resolveRef(em, Decision, input.existingId, ['decision', 'existingId'], problems);
    }
    const issuer = input.issuer!.trim();
    const number = input.number?.trim() || null;
    const same = number ? await em.findOneBy(Decision, { issuer, number }) : null;
    if (same) problems.add(['decision', 'number'], 'DUPLICATE', `Quyết định số ${number} của ${issuer} đã có.`, toGlobalId(Decision.name, same.id));
    return em.create(Decision, {
      number,
      issuedOn: input.issuedOn ?? null,
      issuer,
      issuerLevel: input.issuerLevel!,
      signer: input.signer?.trim() || null,
      signerTitle: input.signerTitle?.trim() || null,
      subject: input.subject!.trim(),
      note: null,
    });
  }

  /** Each recipient fits the award type, and nobody appears twice in one list unless the row says it is a second award. */
  private checkRecipients(input: RecordCommendationsInput, subjects: (ResolvedSubject | null)[], awardType: AwardType | null, problems: Problems): void {
    const seen = new Map<string, number>();
    subjects.forEach((subject, i) => {
      if (!subject) return;
      const path = RECIPIENTS.id(i, subject.field);
      if (awardType) checkSubjectKind(awardType, subject.kind, path, problems);
      const key = `${subject.field}:${subject.unitId ?? subject.personId ?? subject.householdId}`;
      const first = seen.get(key);
      if (first !== undefined && !input.recipients[i]!.allowDuplicate)
        problems.add(path, 'DUPLICATE', `Đối tượng này đã có ở dòng ${first + 1} của danh sách.`);
      else if (first === undefined) seen.set(key, i);
    });
  }
}
