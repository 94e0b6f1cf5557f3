import type { ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { useLanguage } from '../i18n/language';

/** antd in the interface language (vi_VN by default); dayjs follows it in the signed-in layout (useDayjsLocale). */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <Base>{children}</Base>
    </ConfigProvider>
  );
}

/**
 * The text style antd's App sets on the page (colour, font, size, line height). Not App itself: it
 * brings Modal, message and notification to every page, the login page too; the pages that use
 * them get App from FeedbackProvider.
 */
function Base({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}
