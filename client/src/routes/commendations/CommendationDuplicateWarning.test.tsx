import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import { UnitOptionsDocument } from '../../gql/graphql';
import { globalId, recordsMock } from '../../test/recordMocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { toRecordInput, type EntryValues } from './batch';
import { CommendationDuplicateWarning } from './CommendationDuplicateWarning';
import { RecipientsTable } from './RecipientsTable';

const EXISTING = globalId('Commendation', 7);
const DECISION = globalId('Decision', 8);
const UNIT = globalId('Unit', 9);
const MESSAGE =
  'Đã có khen thưởng "Bằng khen của Chủ tịch UBND thành phố" năm 2022 cho "Hội Nữ Doanh nhân Hải Phòng" theo Quyết định số 512/QĐ-UBND. Nếu đây là lần khen thứ hai, hãy xác nhận để vẫn ghi nhận.';
const duplicate = { field: ['recipients', '1', 'unitId'], code: 'DUPLICATE', message: MESSAGE, recordId: EXISTING };
const existing = (decision: object | null) => ({
  __typename: 'Commendation',
  id: EXISTING,
  year: 2022,
  awardType: { __typename: 'AwardType', id: globalId('AwardType', 1), nameVi: 'Bằng khen của Chủ tịch UBND thành phố' },
  decision,
  recipientUnit: { __typename: 'Unit', id: UNIT, name: 'Hội Nữ Doanh nhân Hải Phòng' },
  recipientPerson: null,
  recipientHousehold: null,
});
const units = {
  request: { query: UnitOptionsDocument, variables: () => true },
  result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
  maxUsageCount: Infinity,
};

describe('duplicate commendation warning', () => {
  it('shows the row the API refused as already recorded, links the existing commendation, and sends allowDuplicate once ticked', async () => {
    let form: FormInstance<EntryValues> | undefined;
    function Harness() {
      const [instance] = Form.useForm<EntryValues>();
      useEffect(() => void (form = instance), [instance]);
      const rows = [UNIT, globalId('Unit', 10)].map((subjectId) => ({ kind: 'COLLECTIVE' as const, subjectId, achievement: 'Xuất sắc' }));
      return (
        <Form
          form={instance}
          initialValues={{
            decisionMode: 'existing',
            decision: { existingId: DECISION },
            awardTypeId: 'a',
            year: 2022,
            kind: 'MERIT',
            subjectKind: 'COLLECTIVE',
            recipients: rows,
          }}
        >
          <RecipientsTable failedRows={[1]} duplicates={{ 1: duplicate }} />
        </Form>
      );
    }
    renderWithProviders(<Harness />, { mocks: [units, recordsMock([existing({ __typename: 'Decision', id: DECISION })])] as never[] });
    const rows = await screen.findAllByTestId('recipient-row');
    const warning = within(rows[1]!).getByTestId('duplicate-warning');
    expect(warning.textContent).toContain(MESSAGE);
    expect(within(rows[0]!).queryByTestId('duplicate-warning')).toBeNull();
    // The link opens the existing commendation's decision.
    const link = await within(warning).findByTestId('existing-record-link');
    expect(link.getAttribute('href')).toBe(`/decisions/${encodeURIComponent(DECISION)}`);
    expect(link.textContent).toBe('Bằng khen của Chủ tịch UBND thành phố 2022 – Hội Nữ Doanh nhân Hải Phòng');

    expect(toRecordInput(form!.getFieldsValue(true)).recipients[1]).not.toHaveProperty('allowDuplicate');
    fireEvent.click(within(warning).getByText('Vẫn ghi nhận (lần khen thứ hai)'));
    await waitFor(() => expect(toRecordInput(form!.getFieldsValue(true)).recipients[1]).toMatchObject({ unitId: globalId('Unit', 10), allowDuplicate: true }));
    expect(toRecordInput(form!.getFieldsValue(true)).recipients[0]).not.toHaveProperty('allowDuplicate');
  });

  it('links an existing commendation without a decision to its recipient, and offers a button to send again', async () => {
    const onConfirm = vi.fn();
    renderWithProviders(<CommendationDuplicateWarning error={{ ...duplicate, field: ['subject'] }} onConfirm={onConfirm} />, {
      mocks: [recordsMock([existing(null)])] as never[],
    });
    const link = await screen.findByTestId('existing-record-link');
    expect(link.getAttribute('href')).toBe(`/units/${encodeURIComponent(UNIT)}`);
    fireEvent.click(screen.getByText('Vẫn ghi nhận (lần khen thứ hai)'));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
