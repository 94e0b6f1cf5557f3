import type { EntityManager } from 'typeorm';
import type { Problems } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Commendation } from './commendation.entity.js';

/**
 * Duplicate commendations: the same subject, award type, year and decision recorded twice.
 *
 * - "Same decision" is the same decision, or no decision on either: two records without a
 *   decision are the same award entered twice. One with a decision and one without are not
 *   duplicates (the decision tells them apart).
 * - A revoked commendation does not count: recording an award again after it was revoked (a new
 *   decision after an appeal) is not a copy of it.
 * - A caller who knows it is a second award sends `allowDuplicate: true` and it is recorded.
 *
 * The check runs inside the write transaction after taking a transaction-scoped advisory lock on
 * each key (subject, award type, year), so two officers recording the same award at once are
 * serialised: the second sees the first's committed row and gets DUPLICATE. The lock key leaves
 * out the decision on purpose; it is wider than the rule, never narrower.
 */
export interface CommendationKey {
  subjectId: string;
  awardTypeId: string;
  year: number;
  decisionId: string | null;
}

/** The key space of these locks (the two-integer form, apart from the change log's one-bigint lock). */
const LOCK_NAMESPACE = 72_001;

/** Takes the locks of these keys, in a fixed order so that two batches never wait on each other. */
export async function lockKeys(em: EntityManager, keys: CommendationKey[]): Promise<void> {
  if (!keys.length) return;
  const texts = keys.map((k) => `${k.subjectId}|${k.awardTypeId}|${k.year}`);
  await em.query(`SELECT pg_advisory_xact_lock($1::int, h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($2::text[]) AS k ORDER BY h) AS keys`, [
    LOCK_NAMESPACE,
    texts,
  ]);
}

export interface ExistingCommendation {
  id: string;
  awardTypeName: string;
  year: number;
  subjectName: string;
  decisionNumber: string | null;
  decisionIssuer: string | null;
  hasDecision: boolean;
}

/** For each key (by index), the oldest commendation not revoked that it duplicates, other than `except`. */
export async function findDuplicates(em: EntityManager, keys: CommendationKey[], except?: string): Promise<Map<number, ExistingCommendation>> {
  const found = new Map<number, ExistingCommendation>();
  if (!keys.length) return found;
  const rows: (ExistingCommendation & { i: number })[] = await em.query(
    `SELECT DISTINCT ON (k.i) k.i, c.id, c.year, a.name_vi AS "awardTypeName", coalesce(u.name, p.full_name, h.name) AS "subjectName",
            d.number AS "decisionNumber", d.issuer AS "decisionIssuer", c.decision_id IS NOT NULL AS "hasDecision"
       FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::int[], $5::uuid[]) AS k(i, subject_id, award_type_id, year, decision_id)
       JOIN commendation c ON c.award_type_id = k.award_type_id AND c.year = k.year
        AND k.subject_id IN (c.unit_id, c.person_id, c.household_id)
        AND c.decision_id IS NOT DISTINCT FROM k.decision_id
        AND c.status <> 'REVOKED' AND c.id IS DISTINCT FROM $6::uuid
       JOIN award_type a ON a.id = c.award_type_id
       LEFT JOIN decision d ON d.id = c.decision_id
       LEFT JOIN unit u ON u.id = c.unit_id
       LEFT JOIN person p ON p.id = c.person_id
       LEFT JOIN household h ON h.id = c.household_id
      ORDER BY k.i, c.created_at, c.id`,
    [
      keys.map((_, i) => i),
      keys.map((k) => k.subjectId),
      keys.map((k) => k.awardTypeId),
      keys.map((k) => k.year),
      keys.map((k) => k.decisionId),
      except ?? null,
    ],
  );
  for (const row of rows) found.set(row.i, row);
  return found;
}

/** "Đã có khen thưởng "Bằng khen…" năm 2022 cho "Hội…" theo Quyết định số 512/QĐ-UBND…" */
export function duplicateMessage(c: ExistingCommendation): string {
  const decision = !c.hasDecision
    ? ', chưa gắn quyết định'
    : c.decisionNumber
      ? ` theo Quyết định số ${c.decisionNumber}${c.decisionIssuer ? ` của ${c.decisionIssuer}` : ''}`
      : ` theo quyết định (không số)${c.decisionIssuer ? ` của ${c.decisionIssuer}` : ''}`;
  return `Đã có khen thưởng "${c.awardTypeName}" năm ${c.year} cho "${c.subjectName}"${decision}. Nếu đây là lần khen thứ hai, hãy xác nhận để vẫn ghi nhận.`;
}

/**
 * Locks the keys, then adds a DUPLICATE at `path(i)` for each key that is already recorded,
 * naming the existing commendation (its ID in `recordId`). Keys the caller confirmed are skipped.
 */
export async function checkDuplicates(
  em: EntityManager,
  keys: (CommendationKey | null)[],
  path: (i: number) => string[],
  problems: Problems,
  except?: string,
): Promise<void> {
  const wanted = keys.flatMap((key, i) => (key ? [{ key, i }] : []));
  await lockKeys(
    em,
    wanted.map((w) => w.key),
  );
  const found = await findDuplicates(
    em,
    wanted.map((w) => w.key),
    except,
  );
  for (const [j, existing] of found) {
    const i = wanted[j]!.i;
    problems.add(path(i), 'DUPLICATE', duplicateMessage(existing), toGlobalId(Commendation.name, existing.id));
  }
}
