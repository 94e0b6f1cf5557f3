import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { viewerOf } from '../test/viewers';
import type { Viewer } from '../auth/AuthProvider';
import { AppLayout } from './AppLayout';

const menu = () => [...document.querySelectorAll('.ant-menu-item')].map((item) => item.textContent);

function renderAs(viewer: Viewer) {
  renderWithProviders(<AppLayout />, { viewer });
}

describe('menu and header', () => {
  it('shows an analyst the audit log but not the administration', () => {
    renderAs(viewerOf('ANALYST'));
    expect(menu()).toContain('Nhật ký thay đổi');
    expect(menu()).not.toContain('Quản trị tài khoản');
  });

  it('shows a unit officer neither, and names their role and unit in the header', () => {
    renderAs(viewerOf('UNIT_OFFICER', { unit: { id: 'VW5pdDox', name: 'Hội Nữ Doanh nhân Hải Phòng' }, username: 'can_bo_don_vi' }));
    expect(menu()).not.toContain('Nhật ký thay đổi');
    expect(menu()).not.toContain('Quản trị tài khoản');
    expect(screen.getByTestId('header-user-name').textContent).toBe('Cán bộ can_bo_don_vi');
    expect(screen.getByTestId('header-user-role').textContent).toBe('Cán bộ đơn vị');
    expect(screen.getByTestId('change-password')).toBeTruthy();
    expect(screen.getByTestId('sign-out')).toBeTruthy();
  });

  it('shows an administrator both', () => {
    renderAs(viewerOf('ADMIN'));
    expect(menu()).toContain('Nhật ký thay đổi');
    expect(menu()).toContain('Quản trị tài khoản');
    expect(screen.getByTestId('header-user-role').textContent).toBe('Quản trị hệ thống');
  });
});
