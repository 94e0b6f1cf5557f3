import type { DataSource } from 'typeorm';
import { AwardLevel, CommendationKind, CommendationStatus, RecipientCategory, SubjectKind, UnitKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import { BadInputError } from '../../core/errors.js';
import { applyFilters } from '../../core/graphql/list.js';
import { Commendation } from './commendation.entity.js';
import type { CommendationFilter } from './commendation-filter.inputs.js';
import { awardTypeColumn, commendationList, UNIT_KIND_SQL } from './commendation.list.js';
import { CommendationDimension, CommendationGroupKey, type CommendationGroup, type GroupKeyData } from './commendation-stats.types.js';

interface Dimension {
  expr: string;
  key: keyof GroupKeyData;
  /** Sort expressions built only from the grouped expression. */
  order: [string, 'ASC' | 'DESC'][];
  parse?: (raw: unknown) => unknown;
}

/** Orders an enum dimension by its vocabulary order (e.g. STATE before PROVINCE), not alphabetically. */
const vocabularyOrder = (expr: string, values: readonly string[]): [string, 'ASC'][] => [
  [`CASE ${expr} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`, 'ASC'],
];

const enumDimension = (expr: string, key: keyof GroupKeyData, values: readonly string[]): Dimension => ({
  expr,
  key,
  order: vocabularyOrder(expr, values),
});

const DIMENSIONS: Record<CommendationDimension, Dimension> = {
  YEAR: { expr: 'c.year', key: 'year', order: [['c.year', 'ASC']], parse: (raw) => (raw == null ? null : Number(raw)) },
  AWARD_TYPE: {
    expr: 'c.award_type_id',
    key: 'awardTypeId',
    order: [
      [awardTypeColumn('rank'), 'DESC'],
      [awardTypeColumn('code'), 'ASC'],
    ],
  },
  ISSUING_LEVEL: enumDimension(awardTypeColumn('level'), 'level', AwardLevel.values),
  BLOC: {
    expr: 'c.bloc_id',
    key: 'blocId',
    order: [
      ['(SELECT bx.name FROM bloc bx WHERE bx.id = c.bloc_id)', 'ASC'],
      ['c.bloc_id', 'ASC'],
    ],
  },
  UNIT_KIND: enumDimension(UNIT_KIND_SQL, 'unitKind', UnitKind.values),
  SUBJECT_KIND: enumDimension('c.subject_kind', 'subjectKind', SubjectKind.values),
  STATUS: enumDimension('c.status', 'status', CommendationStatus.values),
  KIND: enumDimension('c.kind', 'kind', CommendationKind.values),
  RECIPIENT_CATEGORY: enumDimension('c.recipient_category', 'recipientCategory', RecipientCategory.values),
};

/** Counts for analysts: commendations grouped by the requested dimensions, in one SQL statement. */
export class CommendationStatsService {
  constructor(private readonly db: DataSource) {}

  /** Counts only what the actor may see: the same scope as the commendation list. */
  async groups(actor: Actor, groupBy: CommendationDimension[], filter?: CommendationFilter | null, search?: string | null): Promise<CommendationGroup[]> {
    requireRead(actor);
    const dimensions = [...new Set(groupBy)];
    if (dimensions.length !== groupBy.length) throw new BadInputError('Mỗi chiều thống kê chỉ được nêu một lần.');
    const qb = applyFilters(scoped(this.db.getRepository(Commendation).createQueryBuilder('c'), actor, Commendation.name), commendationList, {
      filter,
      search,
    });
    qb.select('COUNT(*)', 'count');
    dimensions.forEach((name, i) => {
      const dimension = DIMENSIONS[name];
      qb.addSelect(dimension.expr, `k${i}`).addGroupBy(dimension.expr);
      for (const [expr, direction] of dimension.order) qb.addOrderBy(expr, direction, 'NULLS LAST');
    });
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((row) => {
      const key = new CommendationGroupKey();
      dimensions.forEach((name, i) => {
        const { key: field, parse } = DIMENSIONS[name];
        const raw = row[`k${i}`] ?? null;
        (key as Record<string, unknown>)[field] = parse ? parse(raw) : raw;
      });
      return { key, count: Number(row.count) };
    });
  }
}
