import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { PeopleEmpty } from './PeopleEmpty';

const unitOfficer = viewerOf('UNIT_OFFICER', { unit: { id: 'VW5pdDox', name: 'Hội Nữ Doanh nhân Hải Phòng' } });

describe('an empty people list says why', () => {
  it('to a unit officer: only their own unit’s people, and how to add one', () => {
    let created = 0;
    renderWithProviders(<PeopleEmpty filtered={false} onCreate={() => (created += 1)} />, { viewer: unitOfficer });
    expect(screen.getByText('Bạn chỉ thấy những người đã từng công tác tại Hội Nữ Doanh nhân Hải Phòng.')).toBeTruthy();
    expect(screen.getByText('Chưa có ai: hãy thêm cán bộ, hội viên của đơn vị.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thêm cá nhân/ }));
    expect(created).toBe(1);
  });

  it('to a unit officer with a search or filter: the scope, and to loosen the filter', () => {
    renderWithProviders(<PeopleEmpty filtered onCreate={() => {}} />, { viewer: unitOfficer });
    expect(screen.getByText('Bạn chỉ thấy những người đã từng công tác tại Hội Nữ Doanh nhân Hải Phòng.')).toBeTruthy();
    expect(screen.getByText('Không có ai khớp tìm kiếm và bộ lọc đang chọn; hãy bỏ bớt điều kiện.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('to a bloc officer: the member units of their bloc; to the Board: no scope', () => {
    const { unmount } = renderWithProviders(<PeopleEmpty filtered={false} />, {
      viewer: viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối thi đua số 5' } }),
    });
    expect(screen.getByText('Bạn chỉ thấy những người của các đơn vị thành viên Khối thi đua số 5.')).toBeTruthy();
    unmount();
    renderWithProviders(<PeopleEmpty filtered={false} />, { viewer: viewerOf('BOARD_OFFICER') });
    expect(screen.getByText('Chưa có cá nhân nào.')).toBeTruthy();
    expect(screen.queryByText(/Bạn chỉ thấy/)).toBeNull();
  });
});
