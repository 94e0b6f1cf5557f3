import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createCache } from '../app/cache';
import { useDayjsLocale } from '../app/dayjsLocale';
import { FeedbackProvider } from '../app/feedback';
import { ThemeProvider } from '../app/ThemeProvider';
import { AuthContext, type Viewer } from '../auth/AuthProvider';
import { LanguageProvider } from '../i18n/language';
import { quietPresenceMocks } from './presenceMocks';
import { viewerOf } from './viewers';

interface Options {
  mocks?: MockLink.MockedResponse[];
  /** The URL the test starts at. */
  route?: string;
  /** A route pattern (e.g. "/people/:id") when the component reads URL parameters. */
  path?: string;
  /** Who is signed in; an administrator (may do everything) unless a test says otherwise. */
  viewer?: Viewer;
  /** The whole link instead of `mocks`, e.g. a MockLink for queries beside a MockSubscriptionLink. */
  link?: ApolloLink;
}

const noop = async () => {};

/** What the signed-in layout sets up around every page: messages, dayjs in the interface language. */
function Layout({ children }: { children: ReactNode }) {
  useDayjsLocale();
  return <FeedbackProvider>{children}</FeedbackProvider>;
}

/** Renders a page or form the way the app does: language, antd theme, Apollo (mocked, with the app's cache), signed-in user, router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', path, viewer = viewerOf('ADMIN'), link }: Options = {}) {
  return render(
    <LanguageProvider>
      <ThemeProvider>
        <MockedProvider mocks={[...mocks, ...quietPresenceMocks]} link={link} cache={createCache()}>
          <AuthContext.Provider value={{ viewer, refresh: noop, reset: noop }}>
            <Layout>
              <MemoryRouter initialEntries={[route]}>
                {path ? (
                  <Routes>
                    <Route path={path} element={ui} />
                  </Routes>
                ) : (
                  ui
                )}
              </MemoryRouter>
            </Layout>
          </AuthContext.Provider>
        </MockedProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
}
