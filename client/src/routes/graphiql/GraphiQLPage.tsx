import { lazy, Suspense } from 'react';
import { Space, Spin, Typography } from 'antd';
import { useLanguage, useTexts } from '../../i18n/language';

// GraphiQL (Monaco, prettier, the docs explorer) is a few MB: its own chunk, fetched only here.
const GraphiQLWorkbench = lazy(() => import('./GraphiQLWorkbench'));

const TEXTS = {
  intro: {
    vi: 'Truy vấn trực tiếp API GraphQL: chọn một truy vấn mẫu, xem tài liệu lược đồ, gõ Ctrl+Space để được gợi ý. Chỉ đọc dữ liệu khi dùng query; mutation sẽ thay đổi dữ liệu thật.',
    en: 'Query the GraphQL API directly: pick an example, read the schema docs, press Ctrl+Space for suggestions. Queries only read; mutations change real data.',
  },
  loading: { vi: 'Đang tải GraphiQL…', en: 'Loading GraphiQL…' },
};

export function Component() {
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('graphiql')}
      </Typography.Title>
      <Typography.Text type="secondary">{text.intro}</Typography.Text>
      <Suspense
        fallback={
          <Spin description={text.loading} size="large">
            <div style={{ height: 480 }} />
          </Spin>
        }
      >
        <GraphiQLWorkbench />
      </Suspense>
    </Space>
  );
}
