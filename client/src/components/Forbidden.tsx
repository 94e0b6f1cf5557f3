import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from 'antd';
import { Result } from './LazyResult';
import { useTexts } from '../i18n/language';

const TEXTS = {
  title: { vi: 'Bạn không có quyền xem trang này.', en: 'You may not open this page.' },
  home: { vi: 'Về trang tổng quan', en: 'Back to the dashboard' },
};

/** What a page shows instead of itself when the signed-in user may not use it. */
export function Forbidden({ title, extra }: { title?: string; extra?: ReactNode }) {
  const text = useTexts(TEXTS);
  return (
    <Result
      status="403"
      title={title ?? text.title}
      extra={
        extra ?? (
          <Link to="/">
            <Button type="primary">{text.home}</Button>
          </Link>
        )
      }
      data-testid="forbidden"
    />
  );
}
