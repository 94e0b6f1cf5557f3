import type { DataSource } from 'typeorm';
import { SCORING_LIMITS } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { NotFoundError } from '../../core/errors.js';
import type { Queryable } from '../../core/workflow/definition.js';
import { RANKING_SQL } from './ranking.sql.js';
import type { CovenantRanking, CovenantRankingRow, CriterionScore } from './ranking.types.js';

const SQL = RANKING_SQL({ share: SCORING_LIMITS.targetShareDefault, tolerance: SCORING_LIMITS.leaderToleranceDefault });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type RawRow = Omit<CovenantRankingRow, 'scores'> & { cells: CriterionScore[] };
interface Raw {
  covenantId: string;
  finalStage: CovenantRanking['finalStage'];
  targetShare: string;
  leaderTolerance: string;
  leaderNotTwiceInARow: boolean;
  rows: RawRow[];
}

/**
 * The ranking of a covenant, computed by the database in one statement (ranking.sql.ts). Other
 * features (the ballot's default candidates) read it through `rankingOf`.
 */
export class RankingService {
  constructor(private readonly db: DataSource) {}

  /** `covenantId` is the row id; NOT_FOUND for an unknown covenant. */
  async rankingOf(actor: Actor, covenantId: string): Promise<CovenantRanking> {
    const ranking = (await this.rankingsOf(actor, [covenantId])).get(covenantId);
    if (!ranking) throw new NotFoundError('Covenant');
    return ranking;
  }

  /** Several covenants in the same one statement (a list of covenants asking for their rankings); unknown ids are left out. */
  async rankingsOf(actor: Actor, covenantIds: readonly string[]): Promise<Map<string, CovenantRanking>> {
    requireRead(actor);
    return rankingsIn(this.db, covenantIds);
  }
}

/**
 * The rankings of these covenants (row ids) with no permission check, for another feature's
 * work inside its own transaction (a ballot session's minutes at close).
 */
export async function rankingsIn(db: Queryable, covenantIds: readonly string[]): Promise<Map<string, CovenantRanking>> {
  const ids = covenantIds.filter((id) => UUID.test(id));
  const raws: Raw[] = ids.length ? await db.query(SQL, [ids]) : [];
  return new Map(raws.map((raw) => [raw.covenantId, toRanking(raw)]));
}

function toRanking(raw: Raw): CovenantRanking {
  return {
    covenantId: raw.covenantId,
    finalStage: raw.finalStage,
    targetShare: Number(raw.targetShare),
    leaderTolerance: Number(raw.leaderTolerance),
    leaderNotTwiceInARow: raw.leaderNotTwiceInARow,
    rows: raw.rows.map(({ cells, ...row }) => ({ ...row, isLeader: row.isLeader === true, scores: cells })),
  };
}
