import type { DocumentKind } from '@thidua/shared';
import { achievementReport } from './achievement-report.js';
import { ballotMinutes } from './ballot-minutes.js';
import { councilMinutes } from './council-minutes.js';
import { decisionDocument } from './decision.js';
import type { DocumentKindSpec } from './kind.js';
import { proposalLetter } from './proposal-letter.js';

export const DOCUMENT_KINDS: Record<DocumentKind, DocumentKindSpec> = {
  PROPOSAL_LETTER: proposalLetter,
  ACHIEVEMENT_REPORT: achievementReport,
  BALLOT_MINUTES: ballotMinutes,
  COUNCIL_MINUTES: councilMinutes,
  DECISION: decisionDocument,
};
export type { DocumentKindSpec } from './kind.js';
