import type { DataSource, EntityManager } from 'typeorm';
import { LIMITS } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, loadTarget, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Movement } from '../movement/entities.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { Covenant } from './covenant.entity.js';
import type { AddCovenantCriterionInput, MoveCovenantCriterionInput, UpdateCovenantCriterionInput } from './covenant-criterion.inputs.js';
import { rankFor } from './covenant-criterion.rank.js';
import { LINKS, lockCovenant, lockCovenantRow, replaceLinks, resolveRefs } from './covenant.refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

/** The criteria (tasks) of a covenant: a tree kept in order by fractional ranks among siblings. */
export class CovenantCriterionService {
  constructor(private readonly db: DataSource) {}

  add(actor: Actor, input: AddCovenantCriterionInput): Promise<CovenantCriterion> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await lockCovenant(em, input.covenantId, 'covenantId', problems);
      if (covenant) requireBlocWrite(actor, covenant.blocId);
      const parent = await resolveRef(em, CovenantCriterion, input.parentId, 'parentId', problems);
      if (covenant && parent && parent.covenantId !== covenant.id) problems.add('parentId', 'INVALID', 'Tiêu chí cha phải thuộc cùng giao ước.');
      if (covenant && (await em.countBy(CovenantCriterion, { covenantId: covenant.id })) >= LIMITS.criteriaMax) {
        problems.add('covenantId', 'OUT_OF_RANGE', `Mỗi giao ước tối đa ${LIMITS.criteriaMax} tiêu chí.`);
      }
      const movementIds = await resolveRefs(em, Movement, input.movementIds, 'movementIds', problems);
      if (!input.title.trim()) problems.add('title', 'REQUIRED');
      problems.throwIfAny();
      const rank = await rankFor(em, { covenantId: covenant!.id, parentId: parent?.id ?? null }, input, problems);
      const criterion = await em.save(
        em.create(CovenantCriterion, {
          covenantId: covenant!.id,
          parentId: parent?.id ?? null,
          rank,
          title: input.title.trim(),
          description: input.description ?? null,
          maxScore: input.maxScore ?? null,
          kind: input.kind ?? 'QUALITATIVE',
          pointsPerOccurrence: input.pointsPerOccurrence ?? null,
          penaltyPoints: input.penaltyPoints ?? null,
          minScore: input.minScore ?? null,
        }),
      );
      await replaceLinks(em, LINKS.criterionMovement, criterion.id, movementIds);
      return criterion;
    });
  }

  update(actor: Actor, input: UpdateCovenantCriterionInput): Promise<CovenantCriterion> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const criterion = await loadForUpdate(em, CovenantCriterion, input, problems, {
        authorize: (found) => requireCovenantWrite(em, actor, found.covenantId),
      });
      requireNotNull(input, ['title', 'kind'], problems);
      if (input.title != null && !input.title.trim()) problems.add('title', 'REQUIRED');
      const movementIds = input.movementIds !== undefined ? await resolveRefs(em, Movement, input.movementIds, 'movementIds', problems) : null;
      problems.throwIfAny();
      applyPatch(criterion, { ...input, title: input.title?.trim() } as Partial<CovenantCriterion>, [
        'title',
        'description',
        'maxScore',
        'kind',
        'pointsPerOccurrence',
        'penaltyPoints',
        'minScore',
      ]);
      if (movementIds && (await replaceLinks(em, LINKS.criterionMovement, criterion.id, movementIds))) criterion.updatedAt = new Date();
      return em.save(criterion);
    });
  }

  /** Moves a criterion among its siblings; only its rank changes, the others keep theirs. */
  move(actor: Actor, input: MoveCovenantCriterionInput): Promise<CovenantCriterion> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const found = await loadTarget(em, CovenantCriterion, input.id, problems);
      await requireCovenantWrite(em, actor, found.covenantId);
      await lockCovenantRow(em, found.covenantId);
      const criterion = (await em.findOneBy(CovenantCriterion, { id: found.id }))!;
      criterion.rank = await rankFor(em, { covenantId: criterion.covenantId, parentId: criterion.parentId, movingId: criterion.id }, input, problems);
      return em.save(criterion);
    });
  }

  /** Deletes a criterion with its sub-criteria. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const criterion = await loadForDelete(em, CovenantCriterion, id, expectedVersion, new Problems(), {
        authorize: (found) => requireCovenantWrite(em, actor, found.covenantId),
      });
      await removeRecords(em, CovenantCriterion, { id: criterion.id });
      return id;
    });
  }
}

/** Criteria belong to their covenant's bloc: the Board or that bloc's officer changes them (a deleted covenant's: the Board). */
async function requireCovenantWrite(em: EntityManager, actor: Actor, covenantId: string): Promise<void> {
  const covenant = await em.findOne(Covenant, { select: { id: true, blocId: true }, where: { id: covenantId } });
  requireBlocWrite(actor, covenant?.blocId);
}
