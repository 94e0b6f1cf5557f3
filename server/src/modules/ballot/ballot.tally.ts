import { reaches, sharePercent, type BallotThresholdBase } from '@thidua/shared';

/** The settings of a session that the count depends on. */
export interface TallyRules {
  thresholdPercent: number;
  thresholdBase: BallotThresholdBase;
  quorumPercent: number;
}

export interface CandidateResult {
  unitId: string;
  votes: number;
  percent: number;
  passed: boolean;
}

export interface Tally {
  voters: number;
  voted: number;
  turnoutPercent: number;
  quorumMet: boolean;
  candidates: CandidateResult[];
}

/**
 * The result of a closed session (pure): turnout against all voters; quorum = voted ≥ quorum% of
 * all voters; each candidate's agreeing votes as a share of the voters who voted (PRESENT) or of
 * all voters (ALL); a candidate passes when quorum is met and its share reaches the threshold.
 */
export function tally(rules: TallyRules, voters: number, voted: number, votes: readonly { unitId: string; votes: number }[]): Tally {
  const quorumMet = voters > 0 && reaches(voted, voters, rules.quorumPercent);
  const base = rules.thresholdBase === 'PRESENT' ? voted : voters;
  return {
    voters,
    voted,
    turnoutPercent: sharePercent(voted, voters),
    quorumMet,
    candidates: votes.map((c) => ({
      unitId: c.unitId,
      votes: c.votes,
      percent: sharePercent(c.votes, base),
      passed: quorumMet && reaches(c.votes, base, rules.thresholdPercent),
    })),
  };
}

/** Who leads after a leading-unit ballot: the passing candidate with the most votes; a tie at the top or nobody passing elects no one. */
export type LeaderOutcome = { unitId: string; votes: number; percent: number } | { unitId: null; why: 'NONE_PASSED' | 'TIE'; tied: string[] };

export function electLeader(result: Tally): LeaderOutcome {
  const passed = result.candidates.filter((c) => c.passed);
  if (!passed.length) return { unitId: null, why: 'NONE_PASSED', tied: [] };
  const top = Math.max(...passed.map((c) => c.votes));
  const best = passed.filter((c) => c.votes === top);
  if (best.length > 1) return { unitId: null, why: 'TIE', tied: best.map((c) => c.unitId) };
  return { unitId: best[0]!.unitId, votes: best[0]!.votes, percent: best[0]!.percent };
}
