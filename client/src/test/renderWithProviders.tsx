import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ThemeProvider } from '../app/ThemeProvider';
import { LanguageProvider } from '../i18n/language';

interface Options {
  mocks?: MockLink.MockedResponse[];
  /** The URL the test starts at. */
  route?: string;
  /** A route pattern (e.g. "/people/:id") when the component reads URL parameters. */
  path?: string;
}

/** Renders a page or form the way the app does: language, antd theme, Apollo (mocked), router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', path }: Options = {}) {
  return render(
    <LanguageProvider>
      <ThemeProvider>
        <MockedProvider mocks={mocks}>
          <MemoryRouter initialEntries={[route]}>{path ? <Routes><Route path={path} element={ui} /></Routes> : ui}</MemoryRouter>
        </MockedProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
}
