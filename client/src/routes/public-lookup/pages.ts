// The three public pages in one chunk: small, and one set of chunks for the router to preload.
export { Component as LookupPage } from './PublicLookupPage';
export { Component as AwardPage } from './PublicAwardPage';
export { Component as DecisionPage } from './PublicDecisionPage';
