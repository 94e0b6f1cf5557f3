import type { DataSource, EntityManager } from 'typeorm';
import type { RecipientCategory, SubjectKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { findVisibleByGlobalId, scoped } from '../../core/auth/scope.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, loadTarget, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { AwardType } from '../award-type/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Decision } from '../decision/entities.js';
import { Event } from '../event/entities.js';
import { Movement } from '../movement/entities.js';
import { Commendation } from './commendation.entity.js';
import type { CommendationsArgs } from './commendation-filter.inputs.js';
import type { CreateCommendationInput, MarkCommendationPresentedInput, RevokeCommendationInput, UpdateCommendationInput } from './commendation.inputs.js';
import { commendationList, commendationQuery } from './commendation.list.js';
import { assignSubject, checkSubjectKind, resolveSubjects, subjectNameOf, type ResolvedSubject, type SubjectPaths } from './commendation-subject.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { checkDuplicates, type CommendationKey } from './commendation-duplicates.js';

const SINGLE: SubjectPaths = { whole: () => ['subject'], id: (_i, field) => ['subject', field] };
const AT_SUBJECT = () => ['subject'];

/** The duplicate key of a stored commendation (see commendation-duplicates.ts). */
const keyOf = (c: Commendation): CommendationKey => ({
  subjectId: (c.unitId ?? c.personId ?? c.householdId)!,
  awardTypeId: c.awardTypeId,
  year: c.year,
  decisionId: c.decisionId,
});
const sameKey = (a: CommendationKey, b: CommendationKey) =>
  a.subjectId === b.subjectId && a.awardTypeId === b.awardTypeId && a.year === b.year && a.decisionId === b.decisionId;

/** An award cannot be for achievements of a year after its decision was signed. */
export function checkYear(year: number, decision: Decision | null, field: string[], problems: Problems): void {
  if (decision?.issuedOn && year > Number(decision.issuedOn.slice(0, 4))) {
    problems.add(field, 'OUT_OF_RANGE', `Năm thành tích (${year}) sau năm ký quyết định (${decision.issuedOn.slice(0, 4)}).`);
  }
}

export class CommendationService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Commendation> {
    requireRead(actor);
    return findVisibleByGlobalId(this.db.manager, actor, Commendation, id);
  }

  list(actor: Actor, args: CommendationsArgs) {
    requireRead(actor);
    return paginate(scoped(commendationQuery(this.db), actor, Commendation.name), commendationList, args);
  }

  create(actor: Actor, input: CreateCommendationInput): Promise<Commendation> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const [subject] = await resolveSubjects(em, [input.subject], SINGLE, problems);
      const awardType = await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems);
      const decision = await resolveRef(em, Decision, input.decisionId, 'decisionId', problems);
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      const movement = await resolveRef(em, Movement, input.movementId, 'movementId', problems);
      const event = await resolveRef(em, Event, input.presentedAtId, 'presentedAtId', problems);
      if (subject && awardType) checkSubjectKind(awardType, subject.kind, ['awardTypeId'], problems);
      checkYear(input.year, decision, ['year'], problems);
      if (subject) checkRecipientCategory(subject.kind, input.recipientCategory, problems);
      // An unknown decision (already a problem) leaves the key unknown: no duplicate check then.
      if (subject && awardType && !input.allowDuplicate && (decision || input.decisionId == null)) {
        const key = {
          subjectId: (subject.unitId ?? subject.personId ?? subject.householdId)!,
          awardTypeId: awardType.id,
          year: input.year,
          decisionId: decision?.id ?? null,
        };
        await checkDuplicates(em, [key], AT_SUBJECT, problems);
      }
      problems.throwIfAny();
      const presentedBy = input.presentedBy?.trim() || null;
      const c = em.create(Commendation, {
        awardTypeId: awardType!.id,
        year: input.year,
        achievement: input.achievement.trim(),
        kind: input.kind ?? 'MERIT',
        recipientCategory: input.recipientCategory ?? null,
        decisionId: decision?.id ?? null,
        blocId: bloc?.id ?? null,
        movementId: movement?.id ?? null,
        presentedAtId: event?.id ?? null,
        presentedBy,
        status: event || presentedBy ? 'PRESENTED' : 'AWARDED',
        note: input.note ?? null,
      });
      assignSubject(c, subject!);
      return em.save(c);
    });
  }

  update(actor: Actor, input: UpdateCommendationInput): Promise<Commendation> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const c = await loadForUpdate(em, Commendation, input, problems);
      const before = keyOf(c);
      const changes = Object.keys(input).filter((key) => !['id', 'note', 'allowDuplicate'].includes(key) && (input as never)[key] !== undefined);
      if (c.status === 'REVOKED' && changes.length) problems.add('id', 'INVALID_STATE', 'Khen thưởng đã thu hồi chỉ sửa được ghi chú.');
      requireNotNull(input, ['subject', 'awardTypeId', 'year', 'achievement', 'kind'], problems);
      const [subject] = input.subject ? await resolveSubjects(em, [input.subject], SINGLE, problems) : [null];
      const awardType = input.awardTypeId ? await resolveRef(em, AwardType, input.awardTypeId, 'awardTypeId', problems) : null;
      await this.patchLinks(em, c, input, problems);
      if (subject || awardType) {
        const type = awardType ?? (await em.findOneByOrFail(AwardType, { id: c.awardTypeId }));
        checkSubjectKind(type, subject?.kind ?? c.subjectKind, awardType ? ['awardTypeId'] : ['subject'], problems);
      }
      if (input.year != null || input.decisionId) {
        const decision = c.decisionId ? await em.findOneBy(Decision, { id: c.decisionId }) : null;
        checkYear(input.year ?? c.year, decision, input.year != null ? ['year'] : ['decisionId'], problems);
      }
      await this.checkUpdateDuplicate(em, c, before, { subject, awardType, input }, problems);
      const category = input.recipientCategory !== undefined ? input.recipientCategory : c.recipientCategory;
      if (input.recipientCategory !== undefined || subject) checkRecipientCategory(subject?.kind ?? c.subjectKind, category, problems);
      problems.throwIfAny();
      applyPatch(c, input as Partial<Commendation>, ['year', 'achievement', 'kind', 'recipientCategory', 'note']);
      if (awardType) c.awardTypeId = awardType.id;
      if (subject) assignSubject(c, subject);
      else c.subjectName = await subjectNameOf(em, c);
      return em.save(c);
    });
  }

  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const c = await loadForDelete(em, Commendation, id, expectedVersion, new Problems());
      await removeRecords(em, Commendation, { id: c.id });
      return id;
    });
  }

  revoke(actor: Actor, input: RevokeCommendationInput): Promise<Commendation> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const c = await loadTarget(em, Commendation, input.id, problems);
      if (c.status === 'REVOKED') problems.add('id', 'INVALID_STATE', 'Khen thưởng này đã bị thu hồi.');
      const decision = await resolveRef(em, Decision, input.decisionId, 'decisionId', problems);
      problems.throwIfAny();
      c.status = 'REVOKED';
      c.revocationDecisionId = decision?.id ?? null;
      c.revokedOn = input.revokedOn;
      c.revocationReason = input.reason.trim();
      return em.save(c);
    });
  }

  markPresented(actor: Actor, input: MarkCommendationPresentedInput): Promise<Commendation> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const c = await loadTarget(em, Commendation, input.id, problems);
      if (c.status === 'REVOKED') problems.add('id', 'INVALID_STATE', 'Không thể trao tặng khen thưởng đã thu hồi.');
      const event = await resolveRef(em, Event, input.eventId, 'eventId', problems);
      problems.throwIfAny();
      c.status = 'PRESENTED';
      if (event) c.presentedAtId = event.id;
      if (input.presentedBy !== undefined) c.presentedBy = input.presentedBy?.trim() || null;
      return em.save(c);
    });
  }

  /**
   * Whether the update turns the record into a copy of another: only when its key changes (an
   * edit of the achievement never asks again), and once the rest of the update is sound.
   */
  private async checkUpdateDuplicate(
    em: EntityManager,
    c: Commendation,
    before: CommendationKey,
    sent: { subject: ResolvedSubject | null; awardType: AwardType | null; input: UpdateCommendationInput },
    problems: Problems,
  ): Promise<void> {
    const { subject, awardType, input } = sent;
    if (input.allowDuplicate || c.status === 'REVOKED' || problems.any) return;
    const after: CommendationKey = {
      subjectId: subject ? (subject.unitId ?? subject.personId ?? subject.householdId)! : before.subjectId,
      awardTypeId: awardType?.id ?? before.awardTypeId,
      year: input.year ?? before.year,
      decisionId: c.decisionId, // patchLinks has already applied a sent decision
    };
    if (!sameKey(before, after)) await checkDuplicates(em, [after], AT_SUBJECT, problems, c.id);
  }

  /** Applies the optional links an update carries (undefined: unchanged; null: removed). */
  private async patchLinks(em: EntityManager, c: Commendation, input: UpdateCommendationInput, problems: Problems): Promise<void> {
    const links = [
      ['decisionId', Decision],
      ['blocId', Bloc],
      ['movementId', Movement],
    ] as const;
    for (const [field, entity] of links) {
      if (input[field] === undefined) continue;
      const row = await resolveRef<{ id: string }>(em, entity, input[field], field, problems);
      c[field] = row?.id ?? null;
    }
  }
}

/** The statistics forms classify individuals only: a collective's or household's category is a mistake. */
function checkRecipientCategory(kind: SubjectKind, category: RecipientCategory | null | undefined, problems: Problems): void {
  if (category && kind !== 'INDIVIDUAL')
    problems.add('recipientCategory', 'RECIPIENT_CATEGORY_NOT_INDIVIDUAL', 'Chỉ phân loại đối tượng cho khen thưởng cá nhân.');
}
