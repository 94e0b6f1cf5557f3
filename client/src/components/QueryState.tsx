import type { ReactNode } from 'react';
import { Alert, Button, Empty, Skeleton } from 'antd';
import { useLanguage } from '../i18n/language';
import { describeError } from '../lib/errors';

interface Props {
  loading: boolean;
  error?: unknown;
  empty?: boolean;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading, error and empty states, the same everywhere. */
export function QueryState({ loading, error, empty, onRetry, children }: Props) {
  const { t, language } = useLanguage();
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={describeError(error, language)}
        action={
          onRetry ? (
            <Button size="small" onClick={onRetry}>
              {t('retry')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (loading) return <Skeleton active />;
  if (empty) return <Empty description={t('empty')} />;
  return <>{children}</>;
}
