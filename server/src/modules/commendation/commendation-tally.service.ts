import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { replaceLinks, type Link } from '../../core/changes/links.js';
import { paginate, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { AwardType } from '../award-type/entities.js';
import { Event } from '../event/entities.js';
import { Unit } from '../unit/entities.js';
import { CommendationTally } from './commendation-tally.entity.js';
import type { CommendationTalliesArgs, CreateCommendationTallyInput, UpdateCommendationTallyInput } from './commendation-tally.inputs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

export const tallyList: ListSpec<CommendationTally> = {
  alias: 't',
  fields: {
    year: { expr: 't.year', kind: 'int' },
    reporterUnitId: { expr: 't.reporter_unit_id', kind: 'id', idType: 'Unit' },
  },
  orders: {
    YEAR: { expr: 't.year', value: (t) => t.year },
    CREATED_AT: { expr: 't.created_at', value: (t) => t.createdAt },
  },
  defaultOrder: [{ field: 'YEAR', direction: OrderDirection.DESC }],
};

const TEXT_FIELDS = ['issuers', 'description', 'sourceNote'] as const;
const AWARD_TYPES: Link = { entity: CommendationTally, relation: 'awardTypes' };

/** Tallies keep the counts a source gives without names ("60 tập thể và 180 cá nhân"). */
export class CommendationTallyService {
  constructor(private readonly db: DataSource) {}

  list(actor: Actor, args: CommendationTalliesArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(CommendationTally).createQueryBuilder('t'), tallyList, args);
  }

  create(actor: Actor, input: CreateCommendationTallyInput): Promise<CommendationTally> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unit = await resolveRef(em, Unit, input.reporterUnitId, 'reporterUnitId', problems);
      const event = await resolveRef(em, Event, input.eventId, 'eventId', problems);
      const awardTypes = await this.awardTypes(em, input.awardTypeIds ?? [], problems);
      checkCounts(input.collectiveCount, input.individualCount, problems);
      problems.throwIfAny();
      const tally = em.create(CommendationTally, {
        year: input.year,
        reporterUnitId: unit!.id,
        eventId: event?.id ?? null,
        collectiveCount: input.collectiveCount,
        individualCount: input.individualCount,
        issuers: input.issuers.trim(),
        description: input.description.trim(),
        sourceNote: input.sourceNote.trim(),
        awardTypes,
      });
      return em.save(tally);
    });
  }

  update(actor: Actor, input: UpdateCommendationTallyInput): Promise<CommendationTally> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const tally = await loadForUpdate(em, CommendationTally, input, problems);
      requireNotNull(input, ['year', 'reporterUnitId', 'collectiveCount', 'individualCount', ...TEXT_FIELDS], problems);
      if (input.reporterUnitId)
        tally.reporterUnitId = (await resolveRef(em, Unit, input.reporterUnitId, 'reporterUnitId', problems))?.id ?? tally.reporterUnitId;
      if (input.eventId !== undefined) tally.eventId = (await resolveRef(em, Event, input.eventId, 'eventId', problems))?.id ?? null;
      const awardTypes = input.awardTypeIds != null ? await this.awardTypes(em, input.awardTypeIds, problems) : null;
      checkCounts(input.collectiveCount ?? tally.collectiveCount, input.individualCount ?? tally.individualCount, problems);
      problems.throwIfAny();
      applyPatch(tally, input as Partial<CommendationTally>, ['year', 'collectiveCount', 'individualCount', ...TEXT_FIELDS]);
      // A change of award types is a change of the tally: it bumps updatedAt and version.
      if (
        awardTypes &&
        (await replaceLinks(
          em,
          AWARD_TYPES,
          tally.id,
          awardTypes.map((a) => a.id),
        ))
      )
        tally.updatedAt = new Date();
      return em.save(tally);
    });
  }

  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const tally = await loadForDelete(em, CommendationTally, id, expectedVersion, new Problems());
      await removeRecords(em, CommendationTally, { id: tally.id });
      return id;
    });
  }

  private async awardTypes(em: EntityManager, ids: string[], problems: Problems): Promise<AwardType[]> {
    const rows = new Map<string, AwardType>();
    for (const [i, id] of ids.entries()) {
      const row = await resolveRef(em, AwardType, id, ['awardTypeIds', String(i)], problems);
      if (row) rows.set(row.id, row);
    }
    return [...rows.values()];
  }
}

/** A tally without any count says nothing. */
function checkCounts(collectives: number, individuals: number, problems: Problems): void {
  if (collectives === 0 && individuals === 0) problems.add('collectiveCount', 'REQUIRED', 'Cần ít nhất một số lượng tập thể hoặc cá nhân.');
}
