import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { UpdateUnitDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UnitFormModal } from './UnitFormModal';

const ID = 'VW5pdDoz';
const unit = { id: ID, version: 3, name: 'Hội Doanh nhân trẻ', shortName: null, kind: 'ASSOCIATION' as const, area: 'Hải Phòng', note: null };
const record = (fields: object) => ({ __typename: 'Unit', id: ID, shortName: null, kind: 'ASSOCIATION', note: null, ...fields });
const payload = (fields: object) => ({ data: { updateUnit: { __typename: 'UnitPayload', unit: null, userErrors: [], conflict: null, ...fields } } });

const conflicted = payload({
  userErrors: [{ __typename: 'UserError', field: ['expectedVersion'], message: 'Xung đột phiên bản', code: 'CONFLICT', recordId: null }],
  conflict: {
    __typename: 'Conflict',
    kind: 'EDITED',
    currentVersion: 5,
    changedBy: ['Trần Thị Bình (can_bo_khoi)'],
    fields: [
      { __typename: 'FieldConflict', field: 'name', base: 'Hội Doanh nhân trẻ', theirs: 'Hội DN trẻ', yours: 'Hội Doanh nhân trẻ Hải Phòng' },
      { __typename: 'FieldConflict', field: 'area', base: 'Hải Phòng', theirs: 'Kiến An', yours: 'Thủy Nguyên' },
    ],
    current: record({ name: 'Hội DN trẻ', area: 'Kiến An', version: 5 }),
  },
});

function fill(testId: string | null, label: string | null, value: string) {
  const dialog = screen.getByRole('dialog');
  const input = testId ? within(dialog).getByTestId(testId) : within(dialog).getByLabelText(label!);
  fireEvent.change(input, { target: { value } });
}

describe('saving a unit someone else changed meanwhile', () => {
  it('sends only the changed fields with the version opened; after the merge dialog, mine and my other changes at the current version', async () => {
    const sent: Record<string, unknown>[] = [];
    const onClose = vi.fn();
    const mocks = [
      {
        request: { query: UpdateUnitDocument, variables: (v: { input: Record<string, unknown> }) => (sent.push(v.input), v.input.expectedVersion === 3) },
        result: conflicted,
      },
      {
        request: { query: UpdateUnitDocument, variables: (v: { input: Record<string, unknown> }) => (sent.push(v.input), v.input.expectedVersion === 5) },
        result: payload({ unit: record({ name: 'Hội Doanh nhân trẻ Hải Phòng', area: 'Kiến An', note: 'Đổi tên theo Đại hội', version: 6 }) }),
      },
    ];
    renderWithProviders(<UnitFormModal open unit={unit} onClose={onClose} />, { mocks });
    await screen.findByRole('dialog');
    fill('unit-name', null, 'Hội Doanh nhân trẻ Hải Phòng');
    fill(null, 'Địa bàn', 'Thủy Nguyên');
    fill(null, 'Ghi chú', 'Đổi tên theo Đại hội');
    fireEvent.click(within(screen.getByRole('dialog')).getByText('Lưu'));

    const merge = await screen.findByTestId('merge-dialog');
    expect(sent[0]).toEqual({ id: ID, expectedVersion: 3, name: 'Hội Doanh nhân trẻ Hải Phòng', area: 'Thủy Nguyên', note: 'Đổi tên theo Đại hội' });
    expect(within(merge).getByText('Trần Thị Bình (can_bo_khoi)')).toBeTruthy();
    const areaRow = merge.querySelector('[data-field="area"]') as HTMLElement;
    expect(within(areaRow).getByText('Địa bàn')).toBeTruthy();
    fireEvent.click(within(areaRow).getByText('Giữ của họ'));
    fireEvent.click(screen.getByText('Lưu theo lựa chọn'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.at(-1)).toEqual({ id: ID, expectedVersion: 5, name: 'Hội Doanh nhân trẻ Hải Phòng', note: 'Đổi tên theo Đại hội' });
    // The field kept as theirs shows their value.
    expect((within(screen.getAllByRole('dialog')[0]).getByLabelText('Địa bàn') as HTMLInputElement).value).toBe('Kiến An');
  });

  it('shows what the user typed when the unit was deleted meanwhile, then leaves to the list', async () => {
    const deleted = payload({
      userErrors: [{ __typename: 'UserError', field: ['expectedVersion'], message: 'Bản ghi đã bị xóa', code: 'CONFLICT', recordId: null }],
      conflict: { __typename: 'Conflict', kind: 'DELETED', currentVersion: null, changedBy: ['Lê Văn Cường (can_bo_ban)'], fields: [], current: null },
    });
    const mocks = [{ request: { query: UpdateUnitDocument, variables: () => true }, result: deleted }];
    renderWithProviders(
      <Routes>
        <Route path="/units/:id" element={<UnitFormModal open unit={unit} onClose={() => {}} />} />
        <Route path="/units" element={<p>Danh sách đơn vị</p>} />
      </Routes>,
      { mocks, route: `/units/${ID}` },
    );
    await screen.findByRole('dialog');
    fill('unit-name', null, 'Hội Doanh nhân trẻ Hải Phòng');
    fireEvent.click(within(screen.getByRole('dialog')).getByText('Lưu'));

    const dialog = await screen.findByTestId('deleted-dialog');
    expect(dialog.textContent).toContain('Lê Văn Cường (can_bo_ban) đã xóa bản ghi này');
    expect(within(dialog).getByText('Tên đơn vị')).toBeTruthy();
    expect(within(dialog).getByText('Hội Doanh nhân trẻ Hải Phòng')).toBeTruthy();
    expect(within(dialog).getByText('Hội, hiệp hội')).toBeTruthy();
    fireEvent.click(screen.getByTestId('deleted-ok'));
    await screen.findByText('Danh sách đơn vị');
  });
});

describe('renaming a unit', () => {
  it('offers to keep the old name as a former name, and sends it with the date of the rename', async () => {
    const sent: Record<string, unknown>[] = [];
    const onClose = vi.fn();
    const mocks = [
      {
        request: { query: UpdateUnitDocument, variables: (v: { input: Record<string, unknown> }) => (sent.push(v.input), true) },
        result: payload({ unit: record({ name: 'Hội Doanh nhân trẻ thành phố', area: 'Hải Phòng', version: 4 }) }),
      },
    ];
    renderWithProviders(<UnitFormModal open unit={unit} onClose={onClose} />, { mocks });
    await screen.findByRole('dialog');
    expect(screen.queryByTestId('keep-former-name')).toBeNull();
    fill('unit-name', null, 'Hội Doanh nhân trẻ thành phố');
    const keep = await screen.findByTestId('keep-former-name');
    expect(screen.getByText(/Lưu tên cũ «Hội Doanh nhân trẻ» là tên gọi trước đây/)).toBeTruthy();
    fireEvent.click(keep);
    const day = await screen.findByTestId('renamed-on');
    fireEvent.mouseDown(day);
    fireEvent.change(day, { target: { value: '30/06/2022' } });
    fireEvent.keyDown(day, { key: 'Enter' });
    fireEvent.click(within(screen.getByRole('dialog')).getByText('Lưu'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent[0]).toEqual({ id: ID, expectedVersion: 3, name: 'Hội Doanh nhân trẻ thành phố', keepFormerName: true, renamedOn: '2022-06-30' });
  });
});
