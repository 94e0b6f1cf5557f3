import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { LoginDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { anonymousViewer } from '../../test/viewers';
import { Component as LoginPage } from './LoginPage';

function Where() {
  const { pathname, search } = useLocation();
  return <div data-testid="landed">{pathname + search}</div>;
}

const loginMock = (username: string, password: string, answer: object) => ({
  request: { query: LoginDocument, variables: { input: { username, password } } },
  result: { data: { login: { __typename: 'LoginPayload', ...answer } } },
});
const user = (mustChangePassword: boolean) => ({ __typename: 'User', id: 'VXNlcjox', username: 'phan_tich', displayName: 'Đỗ Minh Khoa', mustChangePassword });

function renderLogin(route: string, mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route, mocks: mocks as never[], viewer: anonymousViewer },
  );
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('login page', () => {
  it('asks for both fields, in Vietnamese', async () => {
    renderLogin('/login', []);
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findAllByText('Trường này là bắt buộc.')).toHaveLength(2);
  });

  it("shows the server's BAD_CREDENTIALS message next to the password and keeps what was typed", async () => {
    renderLogin('/login?next=%2Funits', [
      loginMock('phan_tich', 'sai-mat-khau', {
        user: null,
        userErrors: [{ __typename: 'UserError', field: ['password'], message: 'Tên đăng nhập hoặc mật khẩu không đúng.', code: 'BAD_CREDENTIALS' }],
      }),
    ]);
    type('login-username', 'phan_tich');
    type('login-password', 'sai-mat-khau');
    fireEvent.click(screen.getByTestId('login-submit'));
    const passwordItem = screen.getByTestId('login-password').closest('.ant-form-item') as HTMLElement;
    expect(await within(passwordItem).findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeTruthy();
    expect((screen.getByTestId('login-username') as HTMLInputElement).value).toBe('phan_tich');
    expect((screen.getByTestId('login-password') as HTMLInputElement).value).toBe('sai-mat-khau');
    expect(screen.queryByTestId('landed')).toBeNull();
  });

  it('goes back to the page in ?next= after signing in', async () => {
    renderLogin('/login?next=%2Funits%3Fq%3Dhoi', [loginMock('phan_tich', 'thidua-demo-2024', { user: user(false), userErrors: [] })]);
    type('login-username', ' phan_tich ');
    type('login-password', 'thidua-demo-2024');
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('landed').textContent).toBe('/units?q=hoi'));
  });

  it('never follows ?next= to another site', async () => {
    renderLogin('/login?next=https%3A%2F%2Fexample.com', [loginMock('phan_tich', 'thidua-demo-2024', { user: user(false), userErrors: [] })]);
    type('login-username', 'phan_tich');
    type('login-password', 'thidua-demo-2024');
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('landed').textContent).toBe('/'));
  });

  it('sends a user with a one-time password to change it first', async () => {
    renderLogin('/login?next=%2Fblocs', [loginMock('phan_tich', 'MotLan12345', { user: user(true), userErrors: [] })]);
    type('login-username', 'phan_tich');
    type('login-password', 'MotLan12345');
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('landed').textContent).toBe('/change-password?next=%2Fblocs'));
  });
});
