import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';

/** The scoring records (each a Node, logged and versioned like every other record). */
export const scoringEntities = [CovenantScoringSettings, CovenantTarget, CovenantAssessment, CovenantViolation];
