import type { EntityManager } from 'typeorm';
import type { InitiativeLevel, PerformanceRatingLevel, SubjectKind } from '@thidua/shared';
import type { FactData } from './condition/condition.types.js';

export interface EvaluatedSubject {
  kind: SubjectKind;
  unitId: string | null;
  personId: string | null;
  householdId: string | null;
}

/** A unit and, through merger and rename lineage, every unit it continues (their awards count). */
const CHAIN = `WITH RECURSIVE chain(id) AS (
  SELECT $1::uuid
  UNION SELECT l.predecessor_id FROM unit_lineage l JOIN chain ch ON l.successor_id = ch.id WHERE l.kind IN ('MERGER', 'RENAME'))`;

/** Affiliated with the unit at some time during the year. */
const DURING = `(pa.started_on IS NULL OR pa.started_on <= make_date($2, 12, 31)) AND (pa.ended_on IS NULL OR pa.ended_on >= make_date($2, 1, 1))`;
const LIVE = `c.revoked_on IS NULL AND c.status <> 'REVOKED'`;

/**
 * The units proposed for an award in a year: included collective lines of the dossiers sent for it
 * (anything past DRAFT and not RETURNED; a line aggregated into another dossier counts once).
 */
async function unitsProposed(em: EntityManager, year: number, awardTypeCode: string): Promise<string[]> {
  const rows: { unit_id: string }[] = await em.query(
    `SELECT DISTINCT l.unit_id FROM dossier_line l JOIN dossier d ON d.id = l.dossier_id JOIN award_type a ON a.id = l.award_type_id
      WHERE d.year = $1 AND a.code = $2 AND l.included AND l.unit_id IS NOT NULL AND d.status NOT IN ('DRAFT', 'RETURNED')`,
    [year, awardTypeCode],
  );
  return rows.map((r) => r.unit_id);
}

/**
 * Loads every fact of one subject and year. The number of statements depends on the subject
 * kind only, never on how long its history is: each list is one statement.
 */
export async function loadFacts(
  em: EntityManager,
  subject: EvaluatedSubject,
  year: number,
  awardTypeCode: string,
  proposedUnitIds: string[] | null,
): Promise<FactData> {
  const column = subject.personId ? 'person_id' : subject.unitId ? 'unit_id' : 'household_id';
  const id = subject.personId ?? subject.unitId ?? subject.householdId!;
  const titleRows: { code: string; year: number }[] = subject.unitId
    ? await em.query(
        `${CHAIN} SELECT DISTINCT a.code, c.year FROM commendation c JOIN award_type a ON a.id = c.award_type_id WHERE c.unit_id IN (SELECT id FROM chain) AND ${LIVE}`,
        [id],
      )
    : await em.query(`SELECT DISTINCT a.code, c.year FROM commendation c JOIN award_type a ON a.id = c.award_type_id WHERE c.${column} = $1 AND ${LIVE}`, [id]);
  const titles = new Map<string, Set<number>>();
  for (const row of titleRows) titles.set(row.code, (titles.get(row.code) ?? new Set()).add(row.year));

  const names: { code: string; name_vi: string }[] = await em.query('SELECT code, name_vi FROM award_type');
  const own = subject.householdId ? null : { column, id };
  const ratings: { year: number; rating: PerformanceRatingLevel }[] = own
    ? await em.query(`SELECT year, rating FROM performance_rating WHERE ${column} = $1`, [id])
    : [];
  const initiatives: { title: string; level: InitiativeLevel; year: number; used: boolean }[] = own
    ? await em.query(
        `SELECT title, level, recognized_year AS year, used_for_id IS NOT NULL AS used FROM initiative WHERE ${column} = $1 ORDER BY recognized_year, title`,
        [id],
      )
    : [];
  const discipline: { year: number; form: string; reason: string }[] = own
    ? await em.query(`SELECT year, form, reason FROM discipline_record WHERE ${column} = $1 ORDER BY year`, [id])
    : [];

  const data: FactData = {
    year,
    awardTypeCode,
    subjectKind: subject.kind,
    awardNames: new Map(names.map((n) => [n.code, n.name_vi])),
    titles,
    ratings: new Map(ratings.map((r) => [r.year, r.rating])),
    initiatives,
    discipline,
    members: null,
    unit: null,
    blocs: [],
    unitId: subject.unitId,
    leaders: { count: 0, proposed: null },
  };
  if (subject.unitId) await loadCollective(em, data, subject.unitId, year);
  if (subject.personId) await loadPersonUnit(em, data, subject.personId, year);
  const leaders: { n: string }[] = await em.query('SELECT count(DISTINCT unit_id) AS n FROM bloc_leader WHERE year = $1', [year]);
  const proposed = proposedUnitIds ?? (await unitsProposed(em, year, awardTypeCode));
  data.leaders = { count: Number(leaders[0]?.n ?? 0), proposed: new Set([...proposed, ...(subject.unitId ? [subject.unitId] : [])]).size };
  return data;
}

/** Members during the year (with their titles and ratings then), and the unit's blocs and their leaders. */
async function loadCollective(em: EntityManager, data: FactData, unitId: string, year: number): Promise<void> {
  const rows: { k: string; v: string | null; n: string }[] = await em.query(
    `WITH m AS (SELECT DISTINCT pa.person_id FROM person_affiliation pa WHERE pa.unit_id = $1 AND ${DURING})
     SELECT 'count' AS k, NULL AS v, count(*) AS n FROM m
     UNION ALL SELECT 'title', a.code, count(DISTINCT c.person_id) FROM commendation c JOIN award_type a ON a.id = c.award_type_id
       WHERE c.person_id IN (SELECT person_id FROM m) AND c.year = $2 AND ${LIVE} GROUP BY a.code
     UNION ALL SELECT 'rating', r.rating, count(*) FROM performance_rating r WHERE r.person_id IN (SELECT person_id FROM m) AND r.year = $2 GROUP BY r.rating`,
    [unitId, year],
  );
  const count = Number(rows.find((r) => r.k === 'count')?.n ?? 0);
  const ratings = new Map(rows.filter((r) => r.k === 'rating').map((r) => [r.v as PerformanceRatingLevel, Number(r.n)]));
  const rated = [...ratings.values()].reduce((s, n) => s + n, 0);
  data.members = { count, titles: new Map(rows.filter((r) => r.k === 'title').map((r) => [r.v!, Number(r.n)])), ratings, unrated: count - rated };
  const blocs: { name: string; leader_unit_id: string | null; leader_name: string | null }[] = await em.query(
    `SELECT b.name, bl.unit_id AS leader_unit_id, lu.name AS leader_name FROM bloc_membership bm JOIN bloc b ON b.id = bm.bloc_id
       LEFT JOIN bloc_leader bl ON bl.bloc_id = bm.bloc_id AND bl.year = $2 LEFT JOIN unit lu ON lu.id = bl.unit_id
     WHERE bm.unit_id = $1 AND bm.from_year <= $2 AND (bm.to_year IS NULL OR bm.to_year >= $2) ORDER BY b.name`,
    [unitId, year],
  );
  data.blocs = blocs.map((b) => ({ name: b.name, leaderUnitId: b.leader_unit_id, leaderName: b.leader_name }));
}

/** The person's unit during the year (the latest affiliation then), and its people's titles that year. */
async function loadPersonUnit(em: EntityManager, data: FactData, personId: string, year: number): Promise<void> {
  const rows: { name: string; people: string; code: string | null; n: string }[] = await em.query(
    `WITH u AS (SELECT pa.unit_id FROM person_affiliation pa WHERE pa.person_id = $1 AND ${DURING} ORDER BY pa.started_on DESC NULLS LAST LIMIT 1),
          m AS (SELECT DISTINCT pa.person_id FROM person_affiliation pa WHERE pa.unit_id IN (SELECT unit_id FROM u) AND ${DURING})
     SELECT un.name, (SELECT count(*) FROM m) AS people, t.code, t.n FROM unit un
       LEFT JOIN (SELECT a.code, count(DISTINCT c.person_id) AS n FROM commendation c JOIN award_type a ON a.id = c.award_type_id
                  WHERE c.person_id IN (SELECT person_id FROM m) AND c.year = $2 AND ${LIVE} GROUP BY a.code) t ON TRUE
     WHERE un.id IN (SELECT unit_id FROM u)`,
    [personId, year],
  );
  if (!rows.length) return;
  data.unit = { name: rows[0]!.name, people: Number(rows[0]!.people), titles: new Map(rows.filter((r) => r.code).map((r) => [r.code!, Number(r.n)])) };
}
