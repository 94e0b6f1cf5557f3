import type { Dayjs } from 'dayjs';
import type { AwardLevel, CommendationKind, RecordCommendationsInput, SubjectKind } from '../../gql/graphql';
import type { Language } from '../../i18n/language';
import { toNamePath, userErrorText, type UserErrorLike } from '../../lib/userErrors';

/**
 * The commendation entry form's values and the two translations it needs: form → the API's
 * `recordCommendations` input, and the API's user errors → the form fields they concern.
 */
export interface RecipientValues {
  kind: SubjectKind;
  subjectId?: string;
  achievement?: string;
  note?: string;
  /** Confirmed as a second award after a DUPLICATE warning. */
  allowDuplicate?: boolean;
}

export interface EntryValues {
  decisionMode: 'existing' | 'new';
  decision: {
    existingId?: string;
    number?: string;
    issuedOn?: Dayjs | null;
    issuer?: string;
    issuerLevel?: AwardLevel;
    signer?: string;
    signerTitle?: string;
    subject?: string;
  };
  subjectKind: SubjectKind;
  awardTypeId?: string;
  year: number;
  kind: CommendationKind;
  blocId?: string;
  movementId?: string;
  recipients: RecipientValues[];
}

/** Which input field carries a subject of each kind. */
export const SUBJECT_FIELD = { COLLECTIVE: 'unitId', INDIVIDUAL: 'personId', HOUSEHOLD: 'householdId' } as const;

export const emptyRecipient = (kind: SubjectKind): RecipientValues => ({ kind, subjectId: undefined, achievement: '', note: '' });

const text = (value?: string | null) => value?.trim() || null;

export function toRecordInput(values: EntryValues): RecordCommendationsInput {
  const d = values.decision;
  return {
    decision:
      values.decisionMode === 'existing'
        ? { existingId: d.existingId }
        : {
            number: text(d.number),
            issuedOn: d.issuedOn ? d.issuedOn.format('YYYY-MM-DD') : null,
            issuer: text(d.issuer),
            issuerLevel: d.issuerLevel,
            signer: text(d.signer),
            signerTitle: text(d.signerTitle),
            subject: text(d.subject),
          },
    awardTypeId: values.awardTypeId!,
    year: values.year,
    kind: values.kind,
    blocId: values.blocId ?? null,
    movementId: values.movementId ?? null,
    recipients: values.recipients.map((r) => ({
      [SUBJECT_FIELD[r.kind]]: r.subjectId ?? null,
      achievement: r.achievement?.trim() ?? '',
      note: text(r.note),
      ...(r.allowDuplicate ? { allowDuplicate: true } : {}),
    })),
  };
}

const DECISION_FIELDS = new Set(['existingId', 'number', 'issuedOn', 'issuer', 'issuerLevel', 'signer', 'signerTitle', 'subject']);
const BATCH_FIELDS = new Set(['awardTypeId', 'year', 'kind', 'blocId', 'movementId']);
const RECIPIENT_SUBJECT = new Set(['subject', 'unitId', 'personId', 'householdId']);
const RECIPIENT_FIELDS = new Set(['achievement', 'note']);

export interface PlacedErrors {
  /** For `form.setFields`: each field's messages. */
  fields: { name: (string | number)[]; errors: string[] }[];
  /** Messages no field shows, for the alert above the form. */
  general: string[];
  /** Recipient rows (0-based) with at least one error. */
  rows: number[];
  /** Rows already recorded (or twice in the list): shown as a warning the user may confirm, not at a field. */
  duplicates: Record<number, UserErrorLike>;
}

/**
 * Puts each API error next to the field it concerns: ["recipients","2","unitId"] (or "subject")
 * goes to row 2's subject picker, ["decision","number"] to the decision number, and so on.
 * A DUPLICATE of a row's recipient is kept apart, for the row's warning with its confirmation.
 * Anything else (e.g. ["recipients"] for an empty list) is a general message.
 */
export function placeBatchErrors(errors: readonly UserErrorLike[], language: Language): PlacedErrors {
  const byField = new Map<string, PlacedErrors['fields'][number]>();
  const general: string[] = [];
  const rows = new Set<number>();
  const duplicates: PlacedErrors['duplicates'] = {};
  const add = (name: (string | number)[], message: string) => {
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? byField.set(key, { name, errors: [] }).get(key)!;
    entry.errors.push(message);
  };
  for (const error of errors) {
    const message = userErrorText(error, language);
    const [top, second, leaf] = toNamePath(error.field);
    if (top === 'recipients' && typeof second === 'number') {
      rows.add(second);
      if (error.code === 'DUPLICATE' && typeof leaf === 'string' && RECIPIENT_SUBJECT.has(leaf)) duplicates[second] = error;
      else if (typeof leaf === 'string' && RECIPIENT_SUBJECT.has(leaf)) add(['recipients', second, 'subjectId'], message);
      else if (typeof leaf === 'string' && RECIPIENT_FIELDS.has(leaf)) add(['recipients', second, leaf], message);
      else general.push(`${language === 'vi' ? 'Dòng' : 'Row'} ${second + 1}: ${message}`);
    } else if (top === 'decision' && typeof second === 'string' && DECISION_FIELDS.has(second)) {
      add(['decision', second], message);
    } else if (typeof top === 'string' && BATCH_FIELDS.has(top) && second === undefined) {
      add([top], message);
    } else {
      general.push(message);
    }
  }
  return { fields: [...byField.values()], general, rows: [...rows].sort((a, b) => a - b), duplicates };
}

/** Copies the first written achievement into the rows that have none yet. */
export function fillAchievements(rows: readonly RecipientValues[]): RecipientValues[] {
  const first = rows.find((r) => r.achievement?.trim())?.achievement;
  return first ? rows.map((r) => (r.achievement?.trim() ? r : { ...r, achievement: first })) : [...rows];
}
