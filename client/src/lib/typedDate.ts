import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** Shown as dd/mm/yyyy; typed also as d/m/yyyy or ISO yyyy-mm-dd. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'];

/** The day a text names, strictly (no 31 February rolling over into March), or null. */
export function parseTypedDate(text: string): Dayjs | null {
  for (const format of DATE_FORMATS) {
    const day = dayjs(text.trim(), format, true);
    if (day.isValid()) return day;
  }
  return null;
}

export { TypedDate, validDate } from './typedDateRule';
