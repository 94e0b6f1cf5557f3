import { BALLOT_DEFAULTS } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { Covenant } from '../covenant/entities.js';
import { BallotSession } from './ballot-session.entity.js';

/** A ballot session on `covenant` with these candidate units (and their zeroed counters). */
export async function buildBallotSession(
  db: DataSource,
  covenant: Covenant,
  candidateUnitIds: string[],
  overrides: Partial<BallotSession> = {},
): Promise<BallotSession> {
  const session = await db.manager.save(
    db.manager.create(BallotSession, {
      covenantId: covenant.id,
      blocId: covenant.blocId,
      title: 'Bình chọn đơn vị dẫn đầu',
      purpose: 'LEADING_UNIT',
      ...BALLOT_DEFAULTS.LEADING_UNIT,
      candidateUnitIds,
      ...overrides,
    }),
  );
  await db.query(`INSERT INTO ballot_tally (session_id, candidate_unit_id) SELECT $1, unnest($2::uuid[])`, [session.id, candidateUnitIds]);
  return session;
}
