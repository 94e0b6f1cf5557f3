import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useLanguage } from '../i18n/language';

/**
 * dayjs (date pickers, dates) in the interface language. Called by the signed-in layout, where
 * every date is: the login page loads no dayjs.
 */
export function useDayjsLocale(): void {
  const { language } = useLanguage();
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
}
