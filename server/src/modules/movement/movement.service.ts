import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';
import { Movement } from './movement.entity.js';
import type { CreateMovementInput, MovementsArgs, UpdateMovementInput } from './movement.inputs.js';
import { movementList } from './movement.list.js';
import { movementWorkflow } from './movement.workflow.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

const TEXT_FIELDS = ['slogan', 'launchedBy', 'launchDocument', 'description'] as const;

export class MovementService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<Movement> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, Movement, id);
  }

  list(actor: Actor, args: MovementsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(Movement).createQueryBuilder('m'), movementList, args);
  }

  create(actor: Actor, input: CreateMovementInput): Promise<Movement> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const parent = await resolveRef(em, Movement, input.parentId, 'parentId', problems);
      const organizer = await resolveRef(em, Unit, input.organizerUnitId, 'organizerUnitId', problems);
      const decision = await resolveRef(em, Decision, input.launchDecisionId, 'launchDecisionId', problems);
      const movement = em.create(Movement, {
        name: input.name.trim(),
        kind: input.kind,
        scope: input.scope,
        status: movementWorkflow.initial,
        launchedOn: input.launchedOn ?? null,
        startYear: input.startYear ?? null,
        endYear: input.endYear ?? null,
        parentId: parent?.id ?? null,
        organizerUnitId: organizer?.id ?? null,
        launchDecisionId: decision?.id ?? null,
        goals: cleanGoals(input.goals ?? [], problems),
      });
      for (const field of TEXT_FIELDS) movement[field] = input[field]?.trim() || null;
      if (!movement.name) problems.add('name', 'REQUIRED');
      checkPeriod(movement, problems);
      problems.throwIfAny();
      return em.save(movement);
    });
  }

  update(actor: Actor, input: UpdateMovementInput): Promise<Movement> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const movement = await loadForUpdate(em, Movement, input, problems);
      requireNotNull(input, ['name', 'kind', 'scope'], problems);
      if (input.name != null && !input.name.trim()) problems.add('name', 'REQUIRED');
      if (input.parentId !== undefined) {
        const parent = await resolveRef(em, Movement, input.parentId, 'parentId', problems);
        if (parent && (await isDescendant(em, parent.id, movement.id))) problems.add('parentId', 'CYCLE');
        movement.parentId = parent?.id ?? null;
      }
      if (input.organizerUnitId !== undefined) {
        movement.organizerUnitId = (await resolveRef(em, Unit, input.organizerUnitId, 'organizerUnitId', problems))?.id ?? null;
      }
      if (input.launchDecisionId !== undefined) {
        movement.launchDecisionId = (await resolveRef(em, Decision, input.launchDecisionId, 'launchDecisionId', problems))?.id ?? null;
      }
      if (input.goals !== undefined) movement.goals = cleanGoals(input.goals ?? [], problems);
      applyPatch(movement, { ...input, name: input.name?.trim() } as Partial<Movement>, ['name', 'kind', 'scope', 'launchedOn', 'startYear', 'endYear']);
      for (const field of TEXT_FIELDS) if (input[field] !== undefined) movement[field] = input[field]?.trim() || null;
      checkPeriod(movement, problems);
      problems.throwIfAny();
      return em.save(movement);
    });
  }

  /** Refused (IN_USE) while child movements or commendations point at it; covenant links are dropped. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const movement = await loadForDelete(em, Movement, id, expectedVersion, new Problems());
      await removeRecords(em, Movement, { id: movement.id });
      return id;
    });
  }
}

function cleanGoals(goals: string[], problems: Problems): string[] {
  const cleaned = goals.map((goal) => goal.trim());
  cleaned.forEach((goal, i) => {
    if (!goal) problems.add(['goals', String(i)], 'REQUIRED', 'Mục tiêu không được để trống.');
  });
  return cleaned;
}

function checkPeriod(movement: Movement, problems: Problems): void {
  if (movement.startYear != null && movement.endYear != null && movement.endYear < movement.startYear) {
    problems.add('endYear', 'OUT_OF_RANGE', 'Năm kết thúc không được trước năm bắt đầu.');
  }
}

/** True when `candidate` is `ancestor` itself or below it in the movement tree. */
async function isDescendant(em: EntityManager, candidate: string, ancestor: string): Promise<boolean> {
  const rows: { id: string }[] = await em.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM movement WHERE id = $1
       UNION SELECT m.id, m.parent_id FROM movement m JOIN up ON m.id = up.parent_id)
     SELECT id FROM up WHERE id = $2 LIMIT 1`,
    [candidate, ancestor],
  );
  return rows.length > 0;
}
