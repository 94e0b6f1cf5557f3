import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import {
  AwardTypeOptionsDocument,
  BlocOptionsDocument,
  DecisionOptionsDocument,
  HouseholdOptionsDocument,
  MovementOptionsDocument,
  PersonOptionsDocument,
  UnitOptionsDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { placeBatchErrors, type EntryValues } from './batch';
import { Component as NewCommendationsPage } from './NewCommendationsPage';
import { RecipientsTable } from './RecipientsTable';

// The pickers search as they mount; they find nothing here.
const empty = (query: unknown, field: string, typename: string) => ({
  request: { query, variables: () => true },
  result: { data: { [field]: { __typename: typename, nodes: [] } } },
  maxUsageCount: Infinity,
});
const mocks = [
  empty(UnitOptionsDocument, 'units', 'UnitConnection'),
  empty(PersonOptionsDocument, 'people', 'PersonConnection'),
  empty(HouseholdOptionsDocument, 'households', 'HouseholdConnection'),
  empty(AwardTypeOptionsDocument, 'awardTypes', 'AwardTypeConnection'),
  empty(BlocOptionsDocument, 'blocs', 'BlocConnection'),
  empty(MovementOptionsDocument, 'movements', 'MovementConnection'),
  empty(DecisionOptionsDocument, 'decisions', 'DecisionConnection'),
] as never[];

describe('commendation entry', () => {
  it('refuses an empty achievement, in Vietnamese, without sending anything', async () => {
    renderWithProviders(<NewCommendationsPage />, { route: '/commendations/new', mocks });
    fireEvent.click(screen.getByTestId('save-commendations'));
    const row = (await screen.findAllByTestId('recipient-row'))[0]!;
    await waitFor(() => expect(within(row).getByText('Trường này là bắt buộc.')).toBeTruthy());
    expect(within(row).getByText('Chọn đối tượng được khen.')).toBeTruthy();
    expect(screen.getByText('Chọn danh hiệu, hình thức khen thưởng.')).toBeTruthy();
    // Nothing reached the server: no "nothing was saved" alert.
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('adds and removes recipient rows, new rows taking the batch subject kind', async () => {
    renderWithProviders(<NewCommendationsPage />, { route: '/commendations/new', mocks });
    fireEvent.click(within(screen.getByTestId('subject-kind')).getByText('Cá nhân'));
    fireEvent.click(screen.getByTestId('add-recipient'));
    fireEvent.click(screen.getByTestId('add-recipient'));
    expect(screen.getAllByTestId('recipient-row')).toHaveLength(3);
    await waitFor(() => expect(screen.getByTestId('save-commendations').textContent).toContain('Lưu 3 khen thưởng'));
    const selectedKind = (row: HTMLElement) => row.querySelector('.ant-segmented-item-selected')?.textContent;
    // The first row had no recipient yet, so it follows the batch's kind too.
    expect(screen.getAllByTestId('recipient-row').map(selectedKind)).toEqual(['Cá nhân', 'Cá nhân', 'Cá nhân']);
    fireEvent.click(screen.getAllByTestId('remove-recipient')[1]!);
    await waitFor(() => expect(screen.getAllByTestId('recipient-row')).toHaveLength(2));
  });

  it('shows a batch error from the API on the row and field it concerns', async () => {
    let form: FormInstance<EntryValues> | undefined;
    function Harness() {
      const [instance] = Form.useForm<EntryValues>();
      useEffect(() => void (form = instance), [instance]);
      const rows = [0, 1, 2].map(() => ({ kind: 'COLLECTIVE' as const, achievement: 'Hoàn thành xuất sắc nhiệm vụ' }));
      return (
        <Form form={instance} initialValues={{ subjectKind: 'COLLECTIVE', recipients: rows }}>
          <RecipientsTable failedRows={[2]} />
        </Form>
      );
    }
    renderWithProviders(<Harness />, { mocks });
    await waitFor(() => expect(form).toBeDefined());
    const placed = placeBatchErrors(
      [{ field: ['recipients', '2', 'unitId'], code: 'SUBJECT_KIND_MISMATCH', message: '"Cờ thi đua" không áp dụng cho đối tượng cá nhân.' }],
      'vi',
    );
    act(() => form!.setFields(placed.fields as Parameters<FormInstance['setFields']>[0]));
    const rows = screen.getAllByTestId('recipient-row');
    await waitFor(() => expect(within(rows[2]!).getByText('"Cờ thi đua" không áp dụng cho đối tượng cá nhân.')).toBeTruthy());
    expect(within(rows[0]!).queryByText(/không áp dụng/)).toBeNull();
    expect(within(rows[1]!).queryByText(/không áp dụng/)).toBeNull();
  });
});
