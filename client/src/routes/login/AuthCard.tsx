import type { ReactNode } from 'react';
import { Button, Card, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useLanguage } from '../../i18n/language';

/** The frame of the pages outside the main layout: the app's name, a card, the language switch. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t, language, setLanguage } = useLanguage();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', padding: 16 }}>
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <TeamOutlined /> thidua
          </Typography.Title>
          <Typography.Text type="secondary">{t('appName')}</Typography.Text>
        </div>
        <Card title={title}>{children}</Card>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button type="link" size="small" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} data-testid="language-switch">
            {t('language')}
          </Button>
        </div>
      </div>
    </div>
  );
}
