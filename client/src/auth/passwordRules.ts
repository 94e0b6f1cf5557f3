import type { Rule } from 'antd/es/form';
import { LIMITS } from '@thidua/shared';
import type { Language } from '../i18n/language';

/** The server's test (isStrongPassword): at least LIMITS.passwordMin characters, with a letter and a digit. */
export function isStrongPassword(value: string): boolean {
  return value.length >= LIMITS.passwordMin && /\p{L}/u.test(value) && /\d/.test(value);
}

/** Form rule for a new password, with the server's WEAK_PASSWORD message. */
export function strongPasswordRule(language: Language): Rule {
  const message =
    language === 'vi'
      ? `Mật khẩu quá yếu: cần ít nhất ${LIMITS.passwordMin} ký tự, có chữ và số.`
      : `Password too weak: at least ${LIMITS.passwordMin} characters, with letters and digits.`;
  return { validator: (_, value: string | undefined) => (!value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(message))) };
}
