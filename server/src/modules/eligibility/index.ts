import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { visiblePeople, type Condition } from '../../core/auth/scope.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { EligibilityRule } from './eligibility-rule.entity.js';
import { EligibilityRuleService } from './eligibility-rule.service.js';
import { EligibilityResolver } from './eligibility.resolver.js';
import { EligibilityService } from './eligibility.service.js';
import { Initiative } from './initiative.entity.js';
import { PerformanceRating } from './performance-rating.entity.js';
import { SubjectRecordsResolver } from './subject-records.resolver.js';
import { SubjectRecordsService } from './subject-records.service.js';

export { ensureRuleCatalogue } from './eligibility-rule.catalogue.js';

/** A unit's facts are public; a person's follow the person (personal data). */
function visibleSubjectFacts(actor: Actor, alias: string): Condition | null {
  const people = visiblePeople(actor, `${alias}.person_id`);
  return people ? { sql: `(${alias}.unit_id IS NOT NULL OR (${alias}.person_id IS NOT NULL AND ${people.sql}))`, params: people.params } : null;
}

/** Eligibility: versioned rules as data, the facts they read (ratings, discipline, initiatives), the evaluation. */
export const eligibilityFeature = defineFeature({
  name: 'eligibility',
  resolvers: [EligibilityResolver, SubjectRecordsResolver],
  services: (db: DataSource) => ({
    eligibility: new EligibilityService(db),
    eligibilityRules: new EligibilityRuleService(db),
    subjectRecords: new SubjectRecordsService(db),
  }),
  records: [
    { entity: EligibilityRule, scope: UNSCOPED },
    { entity: PerformanceRating, scope: visibleSubjectFacts },
    { entity: DisciplineRecord, scope: visibleSubjectFacts },
    { entity: Initiative, scope: visibleSubjectFacts },
  ],
});
export { EligibilityReport } from './eligibility.types.js';
export { EligibilityService } from './eligibility.service.js';
