import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import {
  RecordCommendationsDocument,
  AwardTypeOptionsDocument,
  BlocOptionsDocument,
  DecisionOptionsDocument,
  HouseholdOptionsDocument,
  MovementOptionsDocument,
  PersonOptionsDocument,
  UnitOptionsDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { globalId, recordsMock } from '../../test/recordMocks';
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

  it('warns of a recipient already commended, links the existing award, and records it as a second award once confirmed', async () => {
    const UNIT = globalId('Unit', 1);
    const AWARD = globalId('AwardType', 2);
    const DECISION = globalId('Decision', 3);
    const EXISTING = globalId('Commendation', 4);
    const found = (query: unknown, field: string, typename: string, node: object) => ({
      request: { query, variables: () => true },
      result: { data: { [field]: { __typename: typename, nodes: [node] } } },
      maxUsageCount: Infinity,
    });
    const message =
      'Đã có khen thưởng "Bằng khen của Chủ tịch UBND thành phố" năm 2022 cho "Hội Nữ Doanh nhân Hải Phòng" theo Quyết định số 512/QĐ-UBND. Nếu đây là lần khen thứ hai, hãy xác nhận để vẫn ghi nhận.';
    const sent: { recipients: object[] }[] = [];
    const answer = (recordCommendations: object) => ({
      data: { recordCommendations: { __typename: 'RecordCommendationsPayload', decision: null, commendations: [], userErrors: [], ...recordCommendations } },
    });
    const pageMocks = [
      found(UnitOptionsDocument, 'units', 'UnitConnection', { __typename: 'Unit', id: UNIT, name: 'Hội Nữ Doanh nhân Hải Phòng', area: null }),
      found(AwardTypeOptionsDocument, 'awardTypes', 'AwardTypeConnection', {
        __typename: 'AwardType',
        id: AWARD,
        nameVi: 'Bằng khen của Chủ tịch UBND thành phố',
        nameEn: 'Certificate',
      }),
      found(DecisionOptionsDocument, 'decisions', 'DecisionConnection', {
        __typename: 'Decision',
        id: DECISION,
        number: '512/QĐ-UBND',
        issuer: 'UBND thành phố',
        issuedOn: '2023-03-01',
        subject: 'Tặng Bằng khen',
      }),
      ...mocks.slice(1),
      {
        request: {
          query: RecordCommendationsDocument,
          variables: (v: { input: { recipients: { allowDuplicate?: boolean }[] } }) => (sent.push(v.input), !v.input.recipients[0]!.allowDuplicate),
        },
        result: answer({ userErrors: [{ __typename: 'UserError', field: ['recipients', '0', 'unitId'], code: 'DUPLICATE', message, recordId: EXISTING }] }),
      },
      {
        request: {
          query: RecordCommendationsDocument,
          variables: (v: { input: { recipients: { allowDuplicate?: boolean }[] } }) => (sent.push(v.input), v.input.recipients[0]!.allowDuplicate === true),
        },
        result: answer({
          decision: {
            __typename: 'Decision',
            id: DECISION,
            number: '512/QĐ-UBND',
            issuer: 'UBND thành phố',
            issuedOn: '2023-03-01',
            subject: 'Tặng Bằng khen',
          },
          commendations: [
            { __typename: 'Commendation', id: globalId('Commendation', 5), unit: { __typename: 'Unit', id: UNIT }, person: null, household: null, bloc: null },
          ],
        }),
      },
      recordsMock([
        {
          __typename: 'Commendation',
          id: EXISTING,
          year: 2022,
          awardType: { __typename: 'AwardType', id: AWARD, nameVi: 'Bằng khen của Chủ tịch UBND thành phố' },
          decision: { __typename: 'Decision', id: DECISION },
          recipientUnit: { __typename: 'Unit', id: UNIT, name: 'Hội Nữ Doanh nhân Hải Phòng' },
          recipientPerson: null,
          recipientHousehold: null,
        },
      ]),
    ];
    const choose = async (select: HTMLElement, title: string) => {
      fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
      const options = await screen.findAllByTitle(title);
      fireEvent.click(options[options.length - 1]!);
    };
    renderWithProviders(<NewCommendationsPage />, { route: '/commendations/new', mocks: pageMocks as never[] });
    fireEvent.click(within(screen.getByTestId('decision-mode')).getByText('Quyết định đã có'));
    await choose(await screen.findByTestId('decision-picker'), '512/QĐ-UBND – UBND thành phố: Tặng Bằng khen');
    await choose(screen.getByTestId('award-type'), 'Bằng khen của Chủ tịch UBND thành phố');
    const row = screen.getAllByTestId('recipient-row')[0]!;
    await choose(within(row).getByTestId('recipient-subject'), 'Hội Nữ Doanh nhân Hải Phòng');
    fireEvent.change(within(row).getByTestId('recipient-achievement'), { target: { value: 'Hoàn thành xuất sắc nhiệm vụ' } });
    fireEvent.click(screen.getByTestId('save-commendations'));

    const warning = await within(row).findByTestId('duplicate-warning');
    expect(warning.textContent).toContain(message);
    expect((await within(warning).findByTestId('existing-record-link')).getAttribute('href')).toBe(`/decisions/${encodeURIComponent(DECISION)}`);
    expect(screen.getByTestId('form-error').textContent).toContain('có đối tượng đã được khen cùng danh hiệu, năm và quyết định');
    expect(sent[0]!.recipients[0]).not.toHaveProperty('allowDuplicate');

    fireEvent.click(within(warning).getByText('Vẫn ghi nhận (lần khen thứ hai)'));
    fireEvent.click(screen.getByTestId('save-commendations'));
    await waitFor(() => expect(screen.getByTestId('recorded-count').textContent).toBe('Đã ghi nhận 1 khen thưởng'));
    expect(sent.at(-1)!.recipients[0]).toMatchObject({ unitId: UNIT, allowDuplicate: true });
  });
});
