import { Initial1795294660228 } from './1795294660228-Initial.js';
import { SearchIndexes1795294660229 } from './1795294660229-SearchIndexes.js';
import { ChangeLog1795294660230 } from './1795294660230-ChangeLog.js';
import { LiveChanges1795294660231 } from './1795294660231-LiveChanges.js';
import { Presence1795294660232 } from './1795294660232-Presence.js';
import { Comments1795294660233 } from './1795294660233-Comments.js';
import { RevocationDecision1795294660234 } from './1795294660234-RevocationDecision.js';
import { ChangeReason1795294660240 } from './1795294660240-ChangeReason.js';
import { ReadPathIndexes1795294660300 } from './1795294660300-ReadPathIndexes.js';
import { Scoring1795294660400 } from './1795294660400-Scoring.js';
import { BallotSessions1795294660500 } from './1795294660500-BallotSessions.js';
import { EligibilityRules1795294660600 } from './1795294660600-EligibilityRules.js';
import { CovenantSheets1795294660700 } from './1795294660700-CovenantSheets.js';
import { BallotMinutes1795294660800 } from './1795294660800-BallotMinutes.js';
import { StoredFiles1795294660900 } from './1795294660900-StoredFiles.js';
import { Dossiers1795294661000 } from './1795294661000-Dossiers.js';
import { UnitFormerNames1795294661100 } from './1795294661100-UnitFormerNames.js';
import { CovenantReviewStage1795294661200 } from './1795294661200-CovenantReviewStage.js';
import { DossierDecisions1795294661300 } from './1795294661300-DossierDecisions.js';
import { DossierAttachments1795294661400 } from './1795294661400-DossierAttachments.js';
import { LoginThrottle1795294661500 } from './1795294661500-LoginThrottle.js';
import { Council1795294661600 } from './1795294661600-Council.js';
import { ProposalLine1795294661700 } from './1795294661700-ProposalLine.js';
import { PublicLookup1795294662000 } from './1795294662000-PublicLookup.js';
import { Statistics1795294663000 } from './1795294663000-Statistics.js';
import { DocumentTemplate1795294664000 } from './1795294664000-DocumentTemplate.js';
import { CertificateLayout1795294664100 } from './1795294664100-CertificateLayout.js';

import { JobQueue1795294661800 } from './1795294661800-JobQueue.js';
/** Every migration, oldest first. Append-only once released: never edit one that has shipped. */
export const migrations = [
  Initial1795294660228,
  SearchIndexes1795294660229,
  ChangeLog1795294660230,
  LiveChanges1795294660231,
  Presence1795294660232,
  Comments1795294660233,
  RevocationDecision1795294660234,
  ChangeReason1795294660240,
  ReadPathIndexes1795294660300,
  Scoring1795294660400,
  BallotSessions1795294660500,
  EligibilityRules1795294660600,
  CovenantSheets1795294660700,
  BallotMinutes1795294660800,
  StoredFiles1795294660900,
  Dossiers1795294661000,
  UnitFormerNames1795294661100,
  CovenantReviewStage1795294661200,
  DossierDecisions1795294661300,
  DossierAttachments1795294661400,
  LoginThrottle1795294661500,
  Council1795294661600,
  ProposalLine1795294661700,
  JobQueue1795294661800,
  PublicLookup1795294662000,
  Statistics1795294663000,
  DocumentTemplate1795294664000,
  CertificateLayout1795294664100,
];
