import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { DeleteRecordButton } from './DeleteRecordButton';

describe('delete button', () => {
  it('says what goes with the record and deletes only once confirmed', async () => {
    let deleted = 0;
    renderWithProviders(
      <DeleteRecordButton label="Xóa quyết định" confirmText="Lịch sử thay đổi vẫn được giữ." onDelete={async () => void (deleted += 1)} testId="delete-x" />,
    );
    fireEvent.click(screen.getByTestId('delete-x'));
    expect(await screen.findByText('Lịch sử thay đổi vẫn được giữ.')).toBeTruthy();
    fireEvent.click(screen.getByText('Hủy'));
    expect(deleted).toBe(0);
    fireEvent.click(screen.getByTestId('delete-x'));
    fireEvent.click(await screen.findByTestId('delete-x-confirm'));
    await waitFor(() => expect(deleted).toBe(1));
  });

  it('does not open when disabled', async () => {
    renderWithProviders(<DeleteRecordButton label="Xóa" confirmText="Chắc chưa?" onDelete={async () => {}} disabled testId="delete-x" />);
    fireEvent.click(screen.getByTestId('delete-x'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('Chắc chưa?')).toBeNull();
  });
});
