import type { FormInstance } from 'antd';
import type { Language } from '../i18n/language';

/** A mutation's user error (field, code, Vietnamese message) as the forms show it. */
export interface UserErrorLike {
  field: readonly string[];
  message: string;
  code: string;
  /** The existing record the error is about (a DUPLICATE's original), when the API names one. */
  recordId?: string | null;
}

const englishByCode: Record<string, string> = {
  REQUIRED: 'This field is required.',
  INVALID: 'This value is not valid.',
  TOO_LONG: 'This value is too long.',
  OUT_OF_RANGE: 'This value is out of range.',
  NOT_FOUND: 'The referenced record was not found.',
  DUPLICATE: 'This record already exists.',
  // A DUPLICATE with a recordId is shown with a link to that record (components/DuplicateWarning).
  NOT_A_MEMBER: 'The unit is not a member of the bloc in that year.',
  ALREADY_MEMBER: 'The unit is already a member of the bloc in that period.',
  ALREADY_SIGNED: 'The unit has already signed this covenant.',
  SUBJECT_REQUIRED: 'Choose who receives the commendation.',
  SUBJECT_AMBIGUOUS: 'A commendation has exactly one recipient.',
  SUBJECT_KIND_MISMATCH: 'This award does not apply to this kind of recipient.',
  IN_USE: 'The record is still in use and cannot be deleted.',
  CONFLICT: 'Someone else changed or deleted this record after you opened it; review and choose what to keep.',
  INVALID_STATE: 'Not possible in the current state.',
  CYCLE: 'This parent–child link would make a loop.',
  NOT_SIGNED: 'The unit has not signed this covenant.',
  BAD_CREDENTIALS: 'Wrong username or password.',
  WEAK_PASSWORD: 'Password too weak: at least 10 characters, with letters and digits.',
  FORBIDDEN: 'You are not allowed to do this.',
  INVALID_TRANSITION: 'This status cannot be reached from the current one.',
  NOT_ALL_SIGNED: 'Some member units have not signed the covenant yet.',
  NO_MEMBERS: 'The bloc has no member units in the covenant year.',
  LAUNCH_DOCUMENT_MISSING: 'A launch document number or date is needed before launching.',
  NEXT_HEAD_MISSING: "Next year's bloc head is not assigned yet.",
  ALREADY_VOTED: 'The unit has already voted in this session.',
  SELF_VOTE: 'This session does not allow a unit to vote for itself.',
  TOO_MANY_CHOICES: 'The ballot chooses more candidates than allowed.',
  NOT_A_CANDIDATE: 'The unit is not on the ballot.',
  BALLOT_NOT_OPEN: 'The ballot session is not open.',
  NOT_AWAITING_DECISION: 'Only eligible nominees of dossiers awaiting decision go before the council.',
  NO_COUNCIL_MEMBERS: 'The session has no council members yet.',
  NO_AGENDA: 'The session has nothing to vote on yet.',
  QUORUM_NOT_MET: 'Not enough members are present for this session.',
  VOTES_MISSING: 'Some nominees have no counts recorded yet.',
  VOTES_EXCEED_PRESENT: 'The agree and disagree counts exceed the members present.',
  NOT_ON_AGENDA: 'This nominee is not on the session’s agenda.',
};

/** A user error in the interface language: the server's Vietnamese text, or English by code. */
export function userErrorText(error: UserErrorLike, language: Language): string {
  return language === 'en' ? (englishByCode[error.code] ?? error.message) : error.message;
}

/** Field path from the API (["recipients","2","unitId"]) as an antd name path. */
export function toNamePath(field: readonly string[]): (string | number)[] {
  return field.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows each user error next to its form field; returns the ones no field of the form shows,
 * for a message above the form. The form keeps everything the user typed.
 */
export function applyUserErrors(form: FormInstance, errors: readonly UserErrorLike[], language: Language, fieldPrefix: string[] = []): string[] {
  const unplaced: string[] = [];
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = errors.flatMap((error) => {
    const path = toNamePath(error.field.slice(fieldPrefix.length));
    const top = String(path[0] ?? '');
    if (!top || !known.has(top)) {
      unplaced.push(userErrorText(error, language));
      return [];
    }
    return [{ name: path, errors: [userErrorText(error, language)] }];
  });
  form.setFields(fields);
  return unplaced;
}
