import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import type { ConflictLike } from './conflicts';
import { MergeDialog } from './MergeDialog';

const conflict: ConflictLike = {
  kind: 'EDITED',
  currentVersion: 6,
  changedBy: ['Trần Thị Bình (can_bo_khoi)'],
  fields: [
    { field: 'issuedOn', base: '2024-03-01', theirs: '2024-03-15', yours: '2024-03-20' },
    { field: 'issuerLevel', base: 'ORGANIZATION', theirs: 'PROVINCE', yours: 'MINISTRY' },
    { field: 'signer', base: null, theirs: 'Nguyễn Văn A', yours: 'Nguyễn Văn B' },
  ],
};

const row = (field: string) => document.querySelector(`[data-testid="conflict-field"][data-field="${field}"]`) as HTMLElement;

describe('the merge dialog', () => {
  it('shows each conflicting field by its name, with base, theirs (by whom) and mine readable', async () => {
    renderWithProviders(<MergeDialog entityType="Decision" conflict={conflict} onResolve={() => {}} onCancel={() => {}} />);
    await screen.findByTestId('merge-dialog');
    expect(screen.getByText('Người khác vừa sửa bản ghi này')).toBeTruthy();
    expect(screen.getByText('Của người khác (Trần Thị Bình (can_bo_khoi))')).toBeTruthy();
    expect(
      within(row('issuedOn'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['Ngày ký', '01/03/2024', '15/03/2024', '20/03/2024']);
    expect(
      within(row('issuerLevel'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['Cấp ban hành', 'Cơ quan, tổ chức, đơn vị', 'Tỉnh, thành phố', 'Bộ, ban, ngành, đoàn thể trung ương']);
    expect(within(row('signer')).getAllByRole('cell')[1].textContent).toBe('—');
  });

  it('keeps mine unless the user picks theirs, per field', async () => {
    const onResolve = vi.fn();
    renderWithProviders(<MergeDialog entityType="Decision" conflict={conflict} onResolve={onResolve} onCancel={() => {}} />);
    await screen.findByTestId('merge-dialog');
    fireEvent.click(within(row('issuerLevel')).getByText('Giữ của họ'));
    fireEvent.click(screen.getByText('Lưu theo lựa chọn'));
    expect(onResolve).toHaveBeenCalledWith({ issuedOn: 'mine', issuerLevel: 'theirs', signer: 'mine' });
  });

  it('goes back to the form without choosing', async () => {
    const onCancel = vi.fn();
    renderWithProviders(<MergeDialog entityType="Decision" conflict={conflict} onResolve={() => {}} onCancel={onCancel} />);
    await screen.findByTestId('merge-dialog');
    fireEvent.click(screen.getByText('Quay lại biểu mẫu'));
    expect(onCancel).toHaveBeenCalled();
  });
});
