import type { Actor } from '../../core/actor.js';
import { rowScope } from '../../core/auth/scope.js';
import type { FormSpec } from './statistics-forms.js';

/** Which units a report covers: a unit with its sub-units, a bloc's members of the year, or everything. */
export interface ReportScope {
  unitId?: string | null;
  blocId?: string | null;
}

export interface Sql {
  sql: string;
  params: Record<string, unknown>;
}

function unitSet(scope: ReportScope): string | null {
  if (scope.unitId) return `(SELECT su.id FROM unit su WHERE su.id = :reportUnit OR su.parent_id = :reportUnit)`;
  if (scope.blocId)
    return `(SELECT sm.unit_id FROM bloc_membership sm WHERE sm.bloc_id = :reportBloc AND sm.from_year <= :year AND (sm.to_year IS NULL OR sm.to_year >= :year))`;
  return null;
}

const and = (conditions: (string | null | undefined)[]) => conditions.filter(Boolean).join(' AND ') || 'TRUE';

/**
 * The source rows of a form, one per counted thing with the columns its conditions read and a
 * weight `w`: a named commendation weighs 1; a tally (counts without names) weighs its count, once
 * for its collectives and once for its individuals. A tally counts only when every award type it
 * names is of the form's levels (else it is in the notes), and goes to a form column only when it
 * names one award type. Tallies hold what the sources do not name, so they add to the named
 * commendations without counting anyone twice. `notes` counts what could not be placed (none for
 * the organisations: every one is placed).
 */
export function sourceOf(spec: FormSpec, actor: Actor, year: number, scope: ReportScope): { base: Sql; notes: Sql | null } {
  const params: Record<string, unknown> = { year, reportUnit: scope.unitId ?? null, reportBloc: scope.blocId ?? null, levels: spec.levels ?? [] };
  const units = unitSet(scope);
  const withScope = (condition: { sql: string; params: Record<string, unknown> } | null) => {
    if (condition) Object.assign(params, condition.params);
    return condition?.sql;
  };
  switch (spec.source) {
    case 'commendations': {
      const visible = withScope(rowScope(actor, 'Commendation', 'c'));
      const subjectIn = units
        ? `(c.unit_id IN ${units} OR EXISTS (SELECT 1 FROM person_affiliation pa WHERE pa.person_id = c.person_id AND pa.unit_id IN ${units})${
            scope.blocId ? ' OR c.bloc_id = :reportBloc' : ''
          })`
        : null;
      const tallyTypes = `LEFT JOIN LATERAL (
          SELECT CASE WHEN count(*) = 1 THEN min(at.code) END AS code,
                 count(*) AS n, count(*) FILTER (WHERE at.level IN (:...levels)) AS fitting
          FROM commendation_tally_award_type l JOIN award_type at ON at.id = l.award_type_id WHERE l.tally_id = t.id) a ON TRUE`;
      const tallyWhere = and(['t.year = :year', units && `t.reporter_unit_id IN ${units}`]);
      return {
        base: {
          sql: `SELECT c.subject_kind::text AS subject_kind, c.kind::text AS kind, c.recipient_category::text AS category, u.kind::text AS unit_kind, at.code::text AS code, 1 AS w
            FROM commendation c JOIN award_type at ON at.id = c.award_type_id LEFT JOIN unit u ON u.id = c.unit_id
            WHERE ${and(['c.year = :year', 'at.level IN (:...levels)', `c.status <> 'REVOKED'`, subjectIn, visible])}
            UNION ALL
            SELECT v.subject_kind, NULL, NULL, NULL, a.code::text, v.w
            FROM commendation_tally t ${tallyTypes}
            CROSS JOIN LATERAL (VALUES ('COLLECTIVE', t.collective_count), ('INDIVIDUAL', t.individual_count)) v(subject_kind, w)
            WHERE ${tallyWhere} AND a.n > 0 AND a.fitting = a.n AND v.w > 0`,
          params,
        },
        // Tallies that name awards of this form's levels and of others, or no award at all: not placed.
        notes: {
          sql: `SELECT count(*)::int AS n, coalesce(sum(t.collective_count), 0)::int AS collectives, coalesce(sum(t.individual_count), 0)::int AS individuals
            FROM commendation_tally t ${tallyTypes} WHERE ${tallyWhere} AND (a.n = 0 OR (a.fitting > 0 AND a.fitting < a.n))`,
          params,
        },
      };
    }
    case 'movements': {
      const start = `coalesce(m.start_year, extract(year FROM m.launched_on)::int)`;
      const scoped = units ? `m.organizer_unit_id IN ${units}` : null;
      return {
        base: {
          sql: `SELECT m.scope::text AS scope, m.kind::text AS kind, CASE WHEN m.end_year IS NOT NULL THEN m.end_year - ${start} + 1 END AS years, 1 AS w
            FROM movement m WHERE ${and([`m.status <> 'DRAFT'`, `${start} <= :year`, `coalesce(m.end_year, :year) >= :year`, scoped])}`,
          params,
        },
        notes: {
          sql: `SELECT count(*)::int AS n FROM movement m WHERE ${and([`m.status <> 'DRAFT'`, `${start} IS NULL`, scoped])}`,
          params,
        },
      };
    }
    case 'organizations': {
      const visible = withScope(rowScope(actor, 'TdktOfficer', 'f'));
      return {
        base: {
          sql: `SELECT o.kind::text AS org_kind, 1 AS w,
              (SELECT count(*) FROM tdkt_officer f WHERE ${and(['f.organization_id = o.id', '(f.tdkt_start_year IS NULL OR f.tdkt_start_year <= :year)', visible])})::int AS staff
            FROM tdkt_organization o WHERE ${and([units && `o.unit_id IN ${units}`])}`,
          params,
        },
        notes: null,
      };
    }
    case 'officers': {
      const visible = withScope(rowScope(actor, 'TdktOfficer', 'f'));
      const where = and([units && `o.unit_id IN ${units}`, visible]);
      return {
        base: {
          sql: `SELECT o.kind::text AS org_kind, f.gender::text AS gender, f.training_level::text AS training,
              CAST(:year AS int) - f.birth_year AS age, CAST(:year AS int) - f.tdkt_start_year AS tenure, 1 AS w
            FROM tdkt_officer f JOIN tdkt_organization o ON o.id = f.organization_id
            WHERE (f.tdkt_start_year IS NULL OR f.tdkt_start_year <= :year) AND ${where}`,
          params,
        },
        notes: {
          sql: `SELECT count(*) FILTER (WHERE f.birth_year IS NULL)::int AS "noBirth", count(*) FILTER (WHERE f.training_level IS NULL)::int AS "noTraining",
              count(*) FILTER (WHERE f.tdkt_start_year IS NULL)::int AS "noStart", count(*) FILTER (WHERE f.gender IS NULL)::int AS "noGender"
            FROM tdkt_officer f JOIN tdkt_organization o ON o.id = f.organization_id
            WHERE (f.tdkt_start_year IS NULL OR f.tdkt_start_year <= :year) AND ${where}`,
          params,
        },
      };
    }
  }
}
