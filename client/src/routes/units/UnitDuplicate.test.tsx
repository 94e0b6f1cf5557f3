import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { CreateUnitDocument, UpdateUnitDocument } from '../../gql/graphql';
import { globalId, recordsMock } from '../../test/recordMocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { UnitFormModal } from './UnitFormModal';

const EXISTING = globalId('Unit', 1);
const CREATED = globalId('Unit', 2);
const MESSAGE = 'Đã có đơn vị "Hội Doanh nhân trẻ Hải Phòng" (cùng địa bàn Hải Phòng). Nếu đây là một đơn vị khác, hãy xác nhận để vẫn lưu.';
const namesake = { __typename: 'UserError', field: ['name'], code: 'DUPLICATE', message: MESSAGE, recordId: EXISTING };
const existingUnit = recordsMock([{ __typename: 'Unit', id: EXISTING, name: 'Hội Doanh nhân trẻ Hải Phòng' }]);
type Sent = { input: Record<string, unknown> };

function fill(label: string, value: string) {
  const dialog = screen.getByRole('dialog');
  const input = label === 'name' ? within(dialog).getByTestId('unit-name') : within(dialog).getByLabelText(label);
  fireEvent.change(input, { target: { value } });
}

describe('a unit named like an existing one', () => {
  it('warns with a link to the existing unit, and creates it when the user says it is another unit', async () => {
    const sent: Record<string, unknown>[] = [];
    const mocks = [
      {
        request: { query: CreateUnitDocument, variables: (v: Sent) => (sent.push(v.input), !v.input.allowDuplicate) },
        result: { data: { createUnit: { __typename: 'UnitPayload', unit: null, userErrors: [namesake] } } },
      },
      {
        request: { query: CreateUnitDocument, variables: (v: Sent) => (sent.push(v.input), v.input.allowDuplicate === true) },
        result: {
          data: {
            createUnit: {
              __typename: 'UnitPayload',
              unit: {
                __typename: 'Unit',
                id: CREATED,
                name: 'Hội doanh nhân trẻ Hải Phòng',
                shortName: null,
                kind: 'ASSOCIATION',
                area: 'Hải Phòng',
                note: null,
                version: 1,
              },
              userErrors: [],
            },
          },
        },
      },
      existingUnit,
    ];
    renderWithProviders(
      <Routes>
        <Route path="/units" element={<UnitFormModal open onClose={() => {}} />} />
        <Route path="/units/:id" element={<p>Trang đơn vị mới</p>} />
      </Routes>,
      { mocks: mocks as never[], route: '/units' },
    );
    await screen.findByRole('dialog');
    fill('name', 'Hội doanh nhân trẻ Hải Phòng');
    fill('Địa bàn', 'Hải Phòng');
    fireEvent.click(within(screen.getByRole('dialog')).getByText('Lưu'));

    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning.textContent).toContain(MESSAGE);
    const link = await within(warning).findByTestId('existing-record-link');
    expect(link.getAttribute('href')).toBe(`/units/${encodeURIComponent(EXISTING)}`);
    expect(link.textContent).toBe('Hội Doanh nhân trẻ Hải Phòng');
    expect(sent[0]).not.toHaveProperty('allowDuplicate');

    fireEvent.click(within(warning).getByTestId('save-anyway'));
    await screen.findByText('Trang đơn vị mới');
    expect(sent.at(-1)).toMatchObject({ name: 'Hội doanh nhân trẻ Hải Phòng', area: 'Hải Phòng', allowDuplicate: true });
  });

  it('warns the same when an edit renames a unit like another', async () => {
    const ID = globalId('Unit', 3);
    const unit = { id: ID, version: 2, name: 'Hội DN trẻ', shortName: null, kind: 'ASSOCIATION' as const, area: 'Hải Phòng', note: null };
    const mocks = [
      {
        request: { query: UpdateUnitDocument, variables: () => true },
        result: { data: { updateUnit: { __typename: 'UnitPayload', unit: null, userErrors: [namesake], conflict: null } } },
      },
      existingUnit,
    ];
    renderWithProviders(<UnitFormModal open unit={unit} onClose={() => {}} />, { mocks: mocks as never[] });
    await screen.findByRole('dialog');
    fill('name', 'Hội Doanh nhân trẻ Hải Phòng');
    fireEvent.click(within(screen.getByRole('dialog')).getByText('Lưu'));
    const link = await within(await screen.findByTestId('duplicate-warning')).findByTestId('existing-record-link');
    expect(link.getAttribute('href')).toBe(`/units/${encodeURIComponent(EXISTING)}`);
    expect(screen.getByTestId('save-anyway').textContent).toBe('Vẫn lưu (đây là đơn vị khác)');
  });
});
