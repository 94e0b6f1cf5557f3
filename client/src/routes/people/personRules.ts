import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { Language } from '../../i18n/language';

/** Mirrors the server: a birth year from 1900 to the current year (checked when entered). */
export const BIRTH_YEAR_MIN = 1900;
/** The server's limit for a position (PersonAffiliation.position). */
export const POSITION_MAX = 200;

export function birthYearRule(language: Language): Rule {
  const max = new Date().getFullYear();
  return {
    type: 'integer',
    min: BIRTH_YEAR_MIN,
    max,
    message: language === 'vi' ? `Năm sinh từ ${BIRTH_YEAR_MIN} đến ${max}.` : `A birth year from ${BIRTH_YEAR_MIN} to ${max}.`,
  };
}

/** An end date on or after the start date (either may be empty, or not yet a date), as the server checks. */
export function endAfterStart(startedOn: Dayjs | null | undefined, message: string): Rule {
  return {
    validator: (_, endedOn: Dayjs | null | undefined) =>
      dayjs.isDayjs(startedOn) && dayjs.isDayjs(endedOn) && endedOn.isBefore(startedOn, 'day') ? Promise.reject(new Error(message)) : Promise.resolve(),
  };
}

/** A required date (a dayjs value: the rule's type must say so, as it defaults to string). */
export function requiredDate(language: Language): Rule {
  return { required: true, type: 'object', message: language === 'vi' ? 'Trường này là bắt buộc.' : 'This field is required.' };
}
