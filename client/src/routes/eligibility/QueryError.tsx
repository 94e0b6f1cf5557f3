import { Alert } from 'antd';
import { describeError } from '../../lib/errors';
import { useLanguage } from '../../i18n/language';

/** A failed query, as the shared error text reads it in the interface language. */
export function QueryError({ error }: { error: unknown }) {
  const { language } = useLanguage();
  return <Alert type="error" showIcon title={describeError(error, language)} />;
}
