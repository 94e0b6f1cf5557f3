import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { ChangePasswordDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as ChangePasswordPage } from './ChangePasswordPage';

function Where() {
  const { pathname } = useLocation();
  return <div data-testid="landed">{pathname}</div>;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('change password page', () => {
  it('asks a one-time password user for a strong new password, the same twice, then goes on', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="*" element={<Where />} />
      </Routes>,
      {
        route: '/change-password?next=%2Fblocs',
        viewer: viewerOf('UNIT_OFFICER', { mustChangePassword: true }),
        mocks: [
          {
            request: { query: ChangePasswordDocument, variables: { input: { currentPassword: 'MotLan12345', newPassword: 'MatKhauMoi2025' } } },
            result: {
              data: {
                changePassword: { __typename: 'ChangePasswordPayload', user: { __typename: 'User', id: 'VXNlcjo', mustChangePassword: false }, userErrors: [] },
              },
            },
          },
        ] as never[],
      },
    );
    expect(screen.getByTestId('must-change-password')).toBeTruthy();
    type('current-password', 'MotLan12345');
    type('new-password', 'ngan');
    type('confirm-password', 'khac');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText('Mật khẩu quá yếu: cần ít nhất 10 ký tự, có chữ và số.')).toBeTruthy();
    expect(await screen.findByText('Hai lần nhập mật khẩu mới không khớp.')).toBeTruthy();
    type('new-password', 'MatKhauMoi2025');
    type('confirm-password', 'MatKhauMoi2025');
    fireEvent.click(screen.getByTestId('change-password-submit'));
    await waitFor(() => expect(screen.getByTestId('landed').textContent).toBe('/blocs'));
  });
});
