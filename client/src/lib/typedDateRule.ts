import type { Rule } from 'antd/es/form';
import type { Language } from '../i18n/language';

// Apart from the parsing (dayjs): every form's rules carry this one, the login form's too.

/** What a date field holds while its text is not a date (31/02/2024, 2024-13-01): the text as typed. */
export class TypedDate {
  constructor(readonly text: string) {}
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
