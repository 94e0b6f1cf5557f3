export * from './eligibility-rule.entity.js';
export * from './performance-rating.entity.js';
