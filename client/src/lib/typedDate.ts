import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { Language } from '../i18n/language';

dayjs.extend(customParseFormat);

/** Shown as dd/mm/yyyy; typed also as d/m/yyyy or ISO yyyy-mm-dd. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'];

/** What a date field holds while its text is not a date (31/02/2024, 2024-13-01): the text as typed. */
export class TypedDate {
  constructor(readonly text: string) {}
}

/** The day a text names, strictly (no 31 February rolling over into March), or null. */
export function parseTypedDate(text: string): Dayjs | null {
  for (const format of DATE_FORMATS) {
    const day = dayjs(text.trim(), format, true);
    if (day.isValid()) return day;
  }
  return null;
}

/** The rule every date field carries with `DateInput`: an impossible date says why. */
export function validDate(language: Language): Rule {
  return {
    validator: (_, value: unknown) =>
      value instanceof TypedDate
        ? Promise.reject(
            new Error(
              language === 'vi'
                ? `Ngày không hợp lệ: "${value.text}". Nhập ngày/tháng/năm có thật, ví dụ 31/12/2024.`
                : `Not a valid date: "${value.text}". Enter a real day/month/year, e.g. 31/12/2024.`,
            ),
          )
        : Promise.resolve(),
  };
}
