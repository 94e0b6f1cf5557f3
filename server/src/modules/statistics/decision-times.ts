import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { rowScope } from '../../core/auth/scope.js';

@ObjectType({ description: 'Thời gian từ khi gửi hồ sơ đến ngày quyết định khen thưởng, theo năm quyết định (decision time group).' })
export class DecisionTimeGroup {
  @Field(() => Int, { description: 'Năm ký quyết định (year).' })
  year!: number;

  @Field(() => Int, { description: 'Số hồ sơ đã có quyết định, có ngày gửi và ngày quyết định (dossiers).' })
  dossiers!: number;

  @Field(() => Float, { description: 'Số ngày trung bình (average days).' })
  averageDays!: number;

  @Field(() => Float, { description: 'Số ngày trung vị (median days).' })
  medianDays!: number;

  @Field(() => Int, { description: 'Số ngày dài nhất (longest).' })
  maxDays!: number;
}

/**
 * Days from a dossier's first sending (its SUBMITTED step in the event log) to the date of the
 * decision it was awarded by, per decision year, in one statement; dossiers as the caller may see
 * them. Dossiers recorded after the fact (no sending in the log) or decisions without a date are
 * left out.
 */
export async function decisionTimes(db: DataSource, actor: Actor): Promise<DecisionTimeGroup[]> {
  requireRead(actor);
  const scope = rowScope(actor, 'Dossier', 'd');
  const sql = `SELECT extract(year FROM x.issued_on)::int AS year, count(*)::int AS dossiers,
      round(avg(x.days)::numeric, 1)::float AS "averageDays",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days)::float AS "medianDays", max(x.days)::int AS "maxDays"
    FROM (
      SELECT dc.issued_on, dc.issued_on - (
        SELECT min(e.occurred_at) FROM change_event e
        WHERE e.entity_id = d.id AND e.entity_type = 'Dossier' AND e.changes->'status'->>'after' = 'SUBMITTED'
      )::date AS days
      FROM dossier d JOIN decision dc ON dc.id = d.decision_id
      WHERE d.status = 'AWARDED' AND dc.issued_on IS NOT NULL${scope ? ` AND ${scope.sql}` : ''}
    ) x
    WHERE x.days IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
  const [query, values] = db.driver.escapeQueryWithParameters(sql, scope?.params ?? {});
  return db.query(query, values);
}
