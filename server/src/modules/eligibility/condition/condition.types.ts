import type { EligibilityOutcome, InitiativeLevel, PerformanceRatingLevel } from '@thidua/shared';

/**
 * The condition language of eligibility rules: a rule's condition is data (jsonb), evaluated by
 * one interpreter (`evaluate.ts`). Leaves name a fact and compare its value with `atLeast` /
 * `atMost` (shares are fractions 0..1); `all`, `any` and `not` combine them in three-valued
 * logic (PASS, FAIL, NEEDS_REVIEW). Thresholds live here, in the rule's data, never in code.
 */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export interface FactCondition {
  fact: string;
  atLeast?: number;
  atMost?: number;
  /** An award type code; "$award" is the award being evaluated. */
  title?: string;
  /** The award type code a share is counted over (`unitTitleShare`). */
  of?: string;
  /** A count of years ending at the evaluated year. */
  within?: number;
  /** The lowest rating that counts. */
  rating?: PerformanceRatingLevel;
  /** The lowest initiative level that counts. */
  level?: InitiativeLevel;
  /** Text for facts that only a person can judge, or principles. */
  note?: string;
}

/** One fact as the rule used it, in Vietnamese ("Chiến sĩ thi đua cơ sở 2021, 2022, 2023: 3 năm liên tục"). */
export interface FactUse {
  fact: string;
  text: string;
  value: number | null;
}

export interface Verdict {
  outcome: EligibilityOutcome;
  facts: FactUse[];
  /** Why the outcome is NEEDS_REVIEW (a missing fact, a judgement), in Vietnamese. */
  reasons: string[];
}

/** What a fact evaluator answers: a value with its text, or the reason it is missing. */
export type FactValue = { value: number; text: string } | { missing: string };

/** Everything the facts are computed from, loaded for one subject and year in a fixed number of statements. */
export interface FactData {
  year: number;
  awardTypeCode: string;
  subjectKind: 'COLLECTIVE' | 'INDIVIDUAL' | 'HOUSEHOLD';
  /** Award type names by code, for texts. */
  awardNames: Map<string, string>;
  /** Years of each award the subject (and for a unit its predecessors) holds, not revoked. */
  titles: Map<string, Set<number>>;
  ratings: Map<number, PerformanceRatingLevel>;
  initiatives: { title: string; level: InitiativeLevel; year: number; used: boolean }[];
  discipline: { year: number; form: string; reason: string }[];
  /** A collective's members in the year (people affiliated during it). */
  members: { count: number; titles: Map<string, number>; ratings: Map<PerformanceRatingLevel, number>; unrated: number } | null;
  /** A person's unit in the year, and how many of its people hold each title then. */
  unit: { name: string; people: number; titles: Map<string, number> } | null;
  /** The blocs the unit belongs to in the year and their recorded leaders. */
  blocs: { name: string; leaderUnitId: string | null; leaderName: string | null }[];
  unitId: string | null;
  /** How many units lead a bloc in the year, and the proposals for the award given by the caller (null: none given). */
  leaders: { count: number; proposed: number | null };
}
