import type { Rule } from 'antd/es/form';
import type { Language } from '../../i18n/language';

/** The server's limits for award types (AWARD_TYPE_LIMITS in the award-type module). */
export const AWARD_TYPE_LIMITS = { name: 300, rankMax: 1000, cashMultiplierMax: 1000 } as const;

/** A whole rank from 0 to 1000. */
export function rankRules(language: Language): Rule[] {
  return [
    // A rule's type defaults to string: a number needs its own type, or every value "fails".
    { required: true, type: 'number', message: language === 'vi' ? 'Trường này là bắt buộc.' : 'This field is required.' },
    { type: 'integer', message: language === 'vi' ? 'Cần một số nguyên.' : 'A whole number is needed.' },
    {
      type: 'number',
      min: 0,
      max: AWARD_TYPE_LIMITS.rankMax,
      message: language === 'vi' ? `Thứ bậc từ 0 đến ${AWARD_TYPE_LIMITS.rankMax}.` : `A rank from 0 to ${AWARD_TYPE_LIMITS.rankMax}.`,
    },
  ];
}

/** An optional multiplier from 0 to 1000 (decimals allowed). */
export function cashMultiplierRule(language: Language): Rule {
  return {
    type: 'number',
    min: 0,
    max: AWARD_TYPE_LIMITS.cashMultiplierMax,
    message: language === 'vi' ? `Hệ số từ 0 đến ${AWARD_TYPE_LIMITS.cashMultiplierMax}.` : `A multiplier from 0 to ${AWARD_TYPE_LIMITS.cashMultiplierMax}.`,
  };
}
