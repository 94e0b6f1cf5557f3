/**
 * A large dataset generated in SQL (seconds, not minutes), into the product's own tables after its
 * migrations: units, blocs with memberships, decisions, commendations over ten years, and one
 * covenant with criteria and signatures. Ids are derived from numbers (md5 → uuid), so the
 * benchmark can name the records it asks for. Folded `search_text` as the product writes it
 * (lower case, no diacritics: unaccent does what shared/fold does for these names).
 */
import { createHash } from 'node:crypto';

export const FIRST_YEAR = 2015;
export const YEARS = 10;
export const BLOC_YEAR = 2024;

/** The uuid of numbered record `n` of a kind, as the SQL below derives it: md5('unit' || n)::uuid. */
export const idOf = (kind, n) => {
  const hex = createHash('md5').update(`${kind}${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

const UNIT_KINDS = `array['STATE_AGENCY','PUBLIC_SERVICE_UNIT','ASSOCIATION']`;

/** Units `from`..`to` (numbered); a growing dataset adds the next range. */
export const unitsSql = (from, to) => `
  INSERT INTO unit (id, version, name, kind, area, search_text)
  SELECT md5('unit' || i)::uuid, 1, name, (${UNIT_KINDS})[1 + i % 3], 'Khu vực ' || (i % 50), lower(unaccent(name))
  FROM generate_series(${from}, ${to}) i, LATERAL (SELECT 'Đơn vị thử nghiệm số ' || lpad(i::text, 7, '0') AS name) n`;

/** `perYear` decisions a year; decision (y × perYear + s + 1) is slot s of year FIRST_YEAR + y, issued early the next year. */
export const decisionsSql = (perYear) => `
  INSERT INTO decision (id, version, number, issued_on, issuer, issuer_level, subject, search_text)
  SELECT md5('decision' || i)::uuid, 1, i || '/QĐ-UBND', make_date(y + 1, 1 + i % 3, 1 + i % 28),
         'UBND tỉnh thử nghiệm', 'PROVINCE', 'Khen thưởng năm ' || y, 'khen thuong nam ' || y
  FROM generate_series(1, ${perYear * YEARS}) i, LATERAL (SELECT ${FIRST_YEAR} + (i - 1) / ${perYear} AS y) years`;

export const blocsSql = (count) => `
  INSERT INTO bloc (id, version, name, code, kind, level, search_text)
  SELECT md5('bloc' || i)::uuid, 1, name, 'KTD-' || lpad(i::text, 5, '0'), 'BLOC', 'PROVINCE', lower(unaccent(name))
  FROM generate_series(1, ${count}) i, LATERAL (SELECT 'Khối thi đua thử nghiệm số ' || lpad(i::text, 5, '0') AS name) n`;

/**
 * Membership i puts unit u = ((i-1) mod units)+1 into bloc ((u-1) + round) mod blocs + 1, round being how many
 * times the units were gone through (so a unit's second bloc differs from its first); bloc 1 gets `extraInFirst` more.
 */
export const membershipsSql = (count, units, blocs, extraInFirst) => `
  INSERT INTO bloc_membership (id, version, bloc_id, unit_id, from_year)
  SELECT md5('membership' || i)::uuid, 1, md5('bloc' || (((i - 1) % ${units} + (i - 1) / ${units}) % ${blocs} + 1))::uuid, md5('unit' || ((i - 1) % ${units} + 1))::uuid, ${FIRST_YEAR}
  FROM generate_series(1, ${count}) i
  UNION ALL
  SELECT md5('membership-extra' || j)::uuid, 1, md5('bloc1')::uuid, md5('unit' || (j * ${blocs} + 2))::uuid, ${FIRST_YEAR}
  FROM generate_series(1, ${extraInFirst}) j`;

/**
 * Commendations `from`..`to`: number i goes to unit (i mod units)+1 in year FIRST_YEAR + (i div units) mod YEARS,
 * with one of the catalogue's collective award types and one of that year's decisions.
 */
export const commendationsSql = (from, to, units, decisionsPerYear) => `
  WITH types AS (SELECT array_agg(id ORDER BY code) AS ids FROM award_type WHERE 'COLLECTIVE' = ANY (subject_kinds))
  INSERT INTO commendation (id, version, unit_id, subject_kind, award_type_id, year, achievement, kind, decision_id, status, search_text)
  SELECT md5('commendation' || i)::uuid, 1, md5('unit' || (i % ${units} + 1))::uuid, 'COLLECTIVE',
         types.ids[1 + i % array_length(types.ids, 1)], y,
         'Hoàn thành xuất sắc nhiệm vụ năm ' || y, 'MERIT',
         md5('decision' || ((y - ${FIRST_YEAR}) * ${decisionsPerYear} + i % ${decisionsPerYear} + 1))::uuid,
         'AWARDED', 'don vi thu nghiem so ' || lpad((i % ${units} + 1)::text, 7, '0') || ' hoan thanh xuat sac nhiem vu nam ' || y
  FROM types, generate_series(${from}, ${to}) i, LATERAL (SELECT ${FIRST_YEAR} + (i / ${units}) % ${YEARS} AS y) years`;

/** One covenant of bloc 1 for BLOC_YEAR: `criteria` criteria (every fifth a parent of the next four) signed by every member. */
export const covenantSql = (criteria) => [
  `INSERT INTO covenant (id, version, bloc_id, year, title, status)
   VALUES (md5('covenant1')::uuid, 1, md5('bloc1')::uuid, ${BLOC_YEAR}, 'Giao ước thi đua năm ${BLOC_YEAR} (thử nghiệm)', 'SIGNED')`,
  `INSERT INTO covenant_criterion (id, version, covenant_id, parent_id, rank, title, max_score, kind)
   SELECT md5('criterion' || i)::uuid, 1, md5('covenant1')::uuid,
          CASE WHEN i % 5 = 1 THEN NULL ELSE md5('criterion' || (i - (i - 1) % 5))::uuid END,
          lpad(i::text, 4, '0'), 'Tiêu chí số ' || i, 10, 'QUALITATIVE'
   FROM generate_series(1, ${criteria}) i ORDER BY i`,
  `INSERT INTO covenant_signature (id, version, covenant_id, unit_id, signer_name, signed_on)
   SELECT md5('signature' || m.unit_id)::uuid, 1, md5('covenant1')::uuid, m.unit_id, 'Người ký thử nghiệm', make_date(${BLOC_YEAR}, 2, 1)
   FROM bloc_membership m WHERE m.bloc_id = md5('bloc1')::uuid`,
];

/** Runs statements with the trigram index of commendations rebuilt once at the end (far faster than row by row). */
export async function load(client, statements, { rebuildCommendationSearch = false } = {}) {
  await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  await client.query('SET synchronous_commit = off');
  await client.query("SET maintenance_work_mem = '512MB'");
  if (rebuildCommendationSearch) await client.query('DROP INDEX IF EXISTS ix_commendation_search');
  for (const sql of statements) await client.query(sql);
  if (rebuildCommendationSearch) await client.query('CREATE INDEX ix_commendation_search ON commendation USING gin (search_text gin_trgm_ops)');
  await client.query('VACUUM ANALYZE');
}
