/** Limits shared by the API's validation and the web app's forms. */
export const LIMITS = {
  pageSizeDefault: 20,
  pageSizeMax: 100,
  nameMax: 300,
  shortNameMax: 80,
  codeMax: 60,
  textMax: 20_000,
  searchMax: 200,
  decisionNumberMax: 60,
  personNameMax: 120,
  yearMin: 1945,
  yearMax: 2100,
  scoreMax: 1000,
  batchMax: 500,
  criteriaMax: 200,
  idsMax: 100,
  usernameMax: 60,
  passwordMin: 10,
  passwordMax: 200,
  tokenNameMax: 120,
  commentBodyMax: 4000,
  /** Reason given for a workflow transition. */
  reasonMax: 2000,
  mentionableUsersMax: 20,
  /** Dates (LocalDate, DateTimeISO) the API accepts: from 1/1 of dateYearMin to 31/12 of dateYearMax. */
  dateYearMin: 1900,
  dateYearMax: 2100,
  /** Conditions (field operators) one list filter may hold, however nested. */
  filterConditionsMax: 100,
  /** Nesting of objects and lists in one request's variables or literals. */
  inputDepthMax: 32,
} as const;

/** A household's texts (CreateHouseholdInput, UpdateHouseholdInput). */
export const HOUSEHOLD_LIMITS = { name: 200, headName: LIMITS.personNameMax, address: 300, area: 120 } as const;
