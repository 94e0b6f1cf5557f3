import type { ProposedAward } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { buildBallotSession } from '../ballot/ballot.builders.js';
import type { Covenant } from '../covenant/entities.js';
import { CommendationProposal } from './commendation-proposal.entity.js';

/** A closed vote's proposal of `unitId` on `covenant` (its own closed session of 9 voters unless given). */
export async function buildProposal(
  db: DataSource,
  covenant: Covenant,
  unitId: string,
  award: ProposedAward = 'EMULATION_FLAG',
  overrides: Partial<CommendationProposal> = {},
): Promise<CommendationProposal> {
  const sessionId =
    overrides.sessionId ??
    (
      await buildBallotSession(db, covenant, [unitId], {
        status: 'CLOSED',
        closedVoterCount: 9,
        purpose: award === 'EMULATION_FLAG' ? 'LEADING_UNIT' : 'PROPOSAL',
      })
    ).id;
  return db.manager.save(
    db.manager.create(CommendationProposal, {
      covenantId: covenant.id,
      blocId: covenant.blocId,
      sessionId,
      unitId,
      year: covenant.year,
      award,
      status: 'PROPOSED',
      votes: 7,
      percent: 77.78,
      dossierId: null,
      ...overrides,
    }),
  );
}
