import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useLanguage } from '../i18n/language';

/** antd in the interface language (vi_VN by default); dates typed and shown as dd/MM/yyyy. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
