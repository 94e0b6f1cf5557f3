import { Typography } from 'antd';
import { useLanguage } from '../../i18n/language';

export function Component() {
  const { t } = useLanguage();
  return <Typography.Title level={2}>{t('dashboard')}</Typography.Title>;
}
