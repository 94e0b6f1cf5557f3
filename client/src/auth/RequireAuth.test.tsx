import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ThemeProvider } from '../app/ThemeProvider';
import { LanguageProvider } from '../i18n/language';
import { anonymousViewer, viewerOf } from '../test/viewers';
import { AuthProvider, ViewerDocument, type Viewer } from './AuthProvider';
import { RequireAuth, RequirePermission } from './RequireAuth';

function Where({ testId }: { testId: string }) {
  const { pathname, search } = useLocation();
  return <div data-testid={testId}>{pathname + search}</div>;
}

/** The app's real AuthProvider, answering `viewer` with this user, and a few routes. */
function renderAs(viewer: Viewer, route: string) {
  return render(
    <LanguageProvider>
      <ThemeProvider>
        <MockedProvider mocks={[{ request: { query: ViewerDocument }, result: { data: { viewer } } }]}>
          <AuthProvider>
            <MemoryRouter initialEntries={[route]}>
              <Routes>
                <Route path="/login" element={<Where testId="login-page" />} />
                <Route path="/change-password" element={<Where testId="change-password-page" />} />
                <Route
                  element={
                    <RequireAuth>
                      <RequirePermission anyOf={['manage:users']}>
                        <Where testId="admin-page" />
                      </RequirePermission>
                    </RequireAuth>
                  }
                  path="/admin"
                />
                <Route
                  path="*"
                  element={
                    <RequireAuth>
                      <Where testId="app-page" />
                    </RequireAuth>
                  }
                />
              </Routes>
            </MemoryRouter>
          </AuthProvider>
        </MockedProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
}

describe('who may enter the app', () => {
  it('sends an anonymous visitor to /login, remembering the page and its search', async () => {
    renderAs(anonymousViewer, '/units?q=hoi%20nu');
    expect((await screen.findByTestId('login-page')).textContent).toBe('/login?next=%2Funits%3Fq%3Dhoi%2520nu');
    expect(screen.queryByTestId('app-page')).toBeNull();
  });

  it('lets a signed-in officer in', async () => {
    renderAs(viewerOf('ANALYST'), '/blocs');
    expect((await screen.findByTestId('app-page')).textContent).toBe('/blocs');
  });

  it('asks for a new password first after a one-time password', async () => {
    renderAs(viewerOf('UNIT_OFFICER', { mustChangePassword: true }), '/people');
    expect((await screen.findByTestId('change-password-page')).textContent).toBe('/change-password?next=%2Fpeople');
  });

  it('shows a 403 result instead of a page the user may not open', async () => {
    renderAs(viewerOf('BOARD_OFFICER'), '/admin');
    expect((await screen.findByTestId('forbidden')).textContent).toContain('Bạn không có quyền xem trang này.');
    expect(screen.queryByTestId('admin-page')).toBeNull();
  });

  it('opens it to who may', async () => {
    renderAs(viewerOf('ADMIN'), '/admin');
    expect((await screen.findByTestId('admin-page')).textContent).toBe('/admin');
  });
});
