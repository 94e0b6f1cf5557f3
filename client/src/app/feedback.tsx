import type { ReactNode } from 'react';
import { App } from 'antd';

/**
 * What `App.useApp()` gives the pages (message, notification, modal in the app's theme and
 * language), around the signed-in layout and the password change only: antd's App brings Modal,
 * message and notification, which the login page does without.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
