import { defaultCandidateCount, type BallotPurpose } from '@thidua/shared';
import type { Queryable } from '../../core/workflow/definition.js';
import { rankingsIn } from '../scoring/index.js';

/**
 * The candidates a session gets when created without a list, from the covenant's ranking (rows
 * in rank order, the units with targets first): for the leading unit, the units that may lead
 * (no exclusion), best first; for Certificates of Merit, the ranked units in order. `count` (the
 * input's `candidateCount`) or else the purpose's default (BALLOT_DEFAULT_CANDIDATES) says how many.
 */
export async function candidatesFromRanking(db: Queryable, covenantId: string, purpose: BallotPurpose, count?: number | null): Promise<string[]> {
  const rows = (await rankingsIn(db, [covenantId])).get(covenantId)?.rows ?? [];
  const eligible = purpose === 'LEADING_UNIT' ? rows.filter((r) => r.canLead) : rows;
  return eligible.slice(0, count ?? defaultCandidateCount(purpose, eligible.length)).map((r) => r.unitId);
}
