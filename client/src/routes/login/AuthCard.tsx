import type { ReactNode } from 'react';
import { Button, theme } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useLanguage } from '../../i18n/language';

/** The frame of the pages outside the main layout: the app's name, a card, the language switch. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t, language, setLanguage } = useLanguage();
  const { token } = theme.useToken();
  // Drawn like antd's Card, without it: Card brings its tabs (and their menus) to the login page.
  const frame = { background: token.colorBgContainer, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', padding: 16 }}>
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          {/* Plain headings in antd's type scale: Typography (with its tooltips and editors) stays off the login page. */}
          <h1
            style={{
              margin: 0,
              fontSize: token.fontSizeHeading3,
              lineHeight: token.lineHeightHeading3,
              fontWeight: token.fontWeightStrong,
              color: token.colorTextHeading,
            }}
          >
            <TeamOutlined /> thidua
          </h1>
          <div style={{ color: token.colorTextSecondary }}>{t('appName')}</div>
        </div>
        <section style={frame} aria-label={title}>
          <div style={{ padding: '16px 24px', borderBottom: `1px solid ${token.colorBorderSecondary}`, fontWeight: 600, fontSize: token.fontSizeLG }}>
            {title}
          </div>
          <div style={{ padding: 24 }}>{children}</div>
        </section>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button type="link" size="small" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} data-testid="language-switch">
            {t('language')}
          </Button>
        </div>
      </div>
    </div>
  );
}
