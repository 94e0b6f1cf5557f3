import type { Rule } from 'antd/es/form';
import { LIMITS } from '@thidua/shared';
import type { Language } from '../i18n/language';
import { validDate } from './typedDateRule';

/** Form rules that mirror the server's input validation (same limits from @thidua/shared). */
export const rules = (language: Language) => ({
  required: { required: true, whitespace: true, message: language === 'vi' ? 'Trường này là bắt buộc.' : 'This field is required.' } as Rule,
  max: (max: number): Rule => ({ max, message: language === 'vi' ? `Tối đa ${max} ký tự.` : `At most ${max} characters.` }),
  name: (): Rule[] => [rules(language).required, rules(language).max(LIMITS.nameMax)],
  /** With `DateInput`: text that is not a real date (31/02/2024) says why. */
  date: validDate(language),
  year: (): Rule => ({
    type: 'integer',
    min: LIMITS.yearMin,
    max: LIMITS.yearMax,
    message: language === 'vi' ? `Năm từ ${LIMITS.yearMin} đến ${LIMITS.yearMax}.` : `A year from ${LIMITS.yearMin} to ${LIMITS.yearMax}.`,
  }),
});
