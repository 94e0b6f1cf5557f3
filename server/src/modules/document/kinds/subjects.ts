import type { EntityManager } from 'typeorm';
import type { SubjectKind } from '@thidua/shared';

export interface SubjectRow {
  kind: SubjectKind;
  name: string;
  position: string | null;
  unit: string | null;
  address: string | null;
  award: string;
  achievement: string | null;
}

/** The subject's name, of a row `x` joined with SUBJECT_JOINS (also the order of a decision's list). */
export const SUBJECT_NAME = 'COALESCE(u.name, p.full_name, h.name)';
/** Name, position and agency of each subject: a person's latest affiliation, a collective's parent unit, a household's address. */
const SUBJECT_COLUMNS = `x.subject_kind AS kind, ${SUBJECT_NAME} AS name, aff.position,
  CASE WHEN x.person_id IS NOT NULL THEN au.name WHEN x.unit_id IS NOT NULL THEN pu.name ELSE h.area END AS unit,
  h.address, a.name_vi AS award, x.achievement`;
/**
 * Of a row `x` with a subject (unit, person or household) and an award type: the award type `a`, the
 * unit `u` and its parent `pu`, the person `p` with their latest affiliation `aff` and its unit `au`, the household `h`.
 */
export const SUBJECT_JOINS = `JOIN award_type a ON a.id = x.award_type_id
  LEFT JOIN unit u ON u.id = x.unit_id LEFT JOIN unit pu ON pu.id = u.parent_id
  LEFT JOIN person p ON p.id = x.person_id LEFT JOIN household h ON h.id = x.household_id
  LEFT JOIN LATERAL (SELECT pa.position, pa.unit_id FROM person_affiliation pa WHERE pa.person_id = x.person_id
                     ORDER BY pa.ended_on DESC NULLS FIRST, pa.started_on DESC NULLS LAST, pa.id LIMIT 1) aff ON true
  LEFT JOIN unit au ON au.id = aff.unit_id`;

/** The dossier's included lines in list order; `awardable`: only those a decision would award (eligible, not voted down by the council). */
export function dossierSubjects(em: EntityManager, dossierId: string, awardable = false): Promise<SubjectRow[]> {
  return em.query(
    `SELECT ${SUBJECT_COLUMNS} FROM dossier_line x ${SUBJECT_JOINS}
      WHERE x.dossier_id = $1 AND x.included
        ${awardable ? `AND x.appraisal_result = 'ELIGIBLE' AND x.council_result IS DISTINCT FROM 'FAILED'` : ''}
      ORDER BY x.position, x.id`,
    [dossierId],
  );
}

/** The commendations a decision awards, by subject name. */
export function decisionSubjects(em: EntityManager, decisionId: string): Promise<SubjectRow[]> {
  return em.query(
    `SELECT ${SUBJECT_COLUMNS} FROM commendation x ${SUBJECT_JOINS}
      WHERE x.decision_id = $1 ORDER BY ${SUBJECT_NAME} COLLATE "vi-VN-x-icu", x.id`,
    [decisionId],
  );
}

/** The three lists of a proposal or a decision and their counts. */
export function subjectLists(rows: readonly SubjectRow[]) {
  const of = (kind: SubjectKind) => rows.filter((r) => r.kind === kind).map((r) => ({ ...r }));
  const lists = { individuals: of('INDIVIDUAL'), collectives: of('COLLECTIVE'), households: of('HOUSEHOLD') };
  const values = {
    individualCount: String(lists.individuals.length),
    collectiveCount: String(lists.collectives.length),
    householdCount: String(lists.households.length),
    total: String(rows.length),
    awards: [...new Set(rows.map((r) => r.award))].join(', '),
  };
  return { lists, values };
}

/** "ngày 05 tháng 12 năm 2026" (the administrative form); dots to fill in when there is no date. */
export function longDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `ngày ${m[3]} tháng ${m[2]} năm ${m[1]}` : 'ngày …… tháng …… năm ……';
}

export const upper = (text: string | null | undefined) => (text ? text.toLocaleUpperCase('vi-VN') : null);

/** "UBND thành phố Hải Phòng" → "Hải Phòng": the place name of an issuer. */
export const placeOf = (issuer: string | null | undefined) => (issuer ? (/(?:tỉnh|thành phố)\s+(.+)$/i.exec(issuer)?.[1] ?? null) : null);
