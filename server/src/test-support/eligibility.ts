/** Evaluating through the API in tests: the report, and each rule's result by its code. */
import { ok, type TestApp } from './app.js';
import { gid } from './builders.js';

export const EVALUATE = `query($s: ID!, $a: String!, $y: Int!, $p: [ID!]) { evaluateEligibility(subjectId: $s, awardTypeCode: $a, year: $y, proposedUnitIds: $p) {
  subjectName awardTypeName year outcome results { outcome reasons facts { fact text value } rule { code revision sourceDocument article effectiveFrom effectiveTo } } } }`;

export interface RuleResult {
  outcome: string;
  reasons: string[];
  facts: { fact: string; text: string; value: number | null }[];
  rule: { code: string; revision: number };
}

/** Evaluates through the API; answers the report and its results by rule code. */
export async function evaluate(
  app: TestApp,
  subject: { id: string; constructor: { name: string } },
  award: string,
  year: number,
  proposed?: { id: string; constructor: { name: string } }[],
) {
  const report = ok(await app.gql(EVALUATE, { s: gid(subject), a: award, y: year, p: proposed?.map(gid) ?? null })).evaluateEligibility;
  const byCode = Object.fromEntries((report.results as RuleResult[]).map((r) => [r.rule.code, r])) as Record<string, RuleResult>;
  return { report, byCode };
}

/** The outcome of one rule code in an evaluation (undefined when the rule did not apply). */
export async function outcomeOf(
  app: TestApp,
  subject: { id: string; constructor: { name: string } },
  award: string,
  year: number,
  code: string,
  proposed?: { id: string; constructor: { name: string } }[],
) {
  return (await evaluate(app, subject, award, year, proposed)).byCode[code]?.outcome;
}
