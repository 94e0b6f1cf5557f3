import { Link } from 'react-router';
import { Result } from 'antd';
import { useLanguage } from '../i18n/language';

export function Component() {
  const { t } = useLanguage();
  return <Result status="404" title="404" subTitle={t('notFound')} extra={<Link to="/">{t('dashboard')}</Link>} />;
}
