import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { ChangeList } from './ChangeList';

const event = (action: 'CREATE' | 'UPDATE' | 'DELETE', entityType: string, changes: { field: string; before: unknown; after: unknown }[]) =>
  ({ __typename: 'ChangeEvent', action, entityType, changes: changes.map((c) => ({ __typename: 'FieldChange', ...c })) }) as never;

describe('change list', () => {
  it('shows only the new value on create, the old one struck out on delete', () => {
    renderWithProviders(
      <>
        <ChangeList event={event('CREATE', 'Decision', [{ field: 'issuedOn', before: null, after: '2022-03-31' }])} names={new Map()} />
        <ChangeList event={event('DELETE', 'CovenantSignature', [{ field: 'signedOn', before: '2024-03-15', after: null }])} names={new Map()} />
      </>,
    );
    const [created, deleted] = screen.getAllByTestId('history-change');
    expect(created!.textContent).toBe('Ngày ký: 31/03/2022');
    expect(deleted!.textContent).toBe('Ngày ký: 15/03/2024');
    expect(deleted!.querySelector('del')?.textContent).toBe('15/03/2024');
  });

  it('shortens a long text and shows all of it on request', () => {
    const content = 'Phấn đấu hoàn thành xuất sắc nhiệm vụ. '.repeat(20);
    renderWithProviders(<ChangeList event={event('UPDATE', 'Covenant', [{ field: 'content', before: null, after: content }])} names={new Map()} />);
    const after = screen.getByTestId('change-after');
    expect(after.textContent!.length).toBeLessThan(300);
    fireEvent.click(screen.getByText('Xem đủ'));
    expect(after.textContent).toContain(content.trim());
    expect(screen.getByTestId('history-change').textContent).toMatch(/^Nội dung: — → Phấn đấu/);
  });
});
