import { Button } from 'antd';
import { Result } from './LazyResult';
import { useLanguage } from '../i18n/language';

export function RouteError() {
  const { t } = useLanguage();
  return <Result status="error" title={t('serverError')} extra={<Button onClick={() => window.location.reload()}>{t('retry')}</Button>} />;
}
