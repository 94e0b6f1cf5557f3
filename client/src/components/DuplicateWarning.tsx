import type { ReactNode } from 'react';
import { Alert, Space } from 'antd';
import { useLanguage, useTexts } from '../i18n/language';
import { userErrorText, type UserErrorLike } from '../lib/userErrors';
import { ExistingRecordLink } from './ExistingRecordLink';

const TEXTS = {
  existing: { vi: 'Bản ghi đã có:', en: 'Existing record:' },
};

/**
 * A user error about an existing record (a DUPLICATE with `recordId`): its message, a link to that
 * record, and, where the API lets the caller confirm (`allowDuplicate`), the `confirm` control —
 * a checkbox bound to the form, or a button that sends again. Any form can show it.
 */
export function DuplicateWarning({ error, confirm, type = 'warning' }: { error: UserErrorLike; confirm?: ReactNode; type?: 'warning' | 'error' }) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  return (
    <Alert
      type={type}
      showIcon
      data-testid="duplicate-warning"
      title={userErrorText(error, language)}
      description={
        error.recordId || confirm ? (
          <Space orientation="vertical" size={4}>
            {error.recordId ? (
              <span>
                {text.existing} <ExistingRecordLink recordId={error.recordId} />
              </span>
            ) : null}
            {confirm}
          </Space>
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  );
}

/** The errors a form shows as DuplicateWarning: the ones that name an existing record. */
export const pointsAtRecord = (error: UserErrorLike) => Boolean(error.recordId);
