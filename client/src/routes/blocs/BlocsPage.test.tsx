import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BlocOptionsDocument, CreateBlocDocument, DecisionOptionsDocument } from '../../gql/graphql';
import { globalId, recordsMock } from '../../test/recordMocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { blocsFilter } from './blocsFilter';
import { CreateBlocModal } from './CreateBlocModal';

const params = (values: Record<string, string>) => (key: string) => values[key];
const anyVariables = () => true;
const pickers = [
  {
    request: { query: BlocOptionsDocument, variables: anyVariables },
    result: { data: { blocs: { __typename: 'BlocConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: DecisionOptionsDocument, variables: anyVariables },
    result: { data: { decisions: { __typename: 'DecisionConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
];

describe('bloc list filter', () => {
  it('reads kind, level, area and member unit from the URL', () => {
    expect(blocsFilter(params({ kind: 'CLUSTER', level: 'PROVINCE', area: ' Hải Phòng ', member: 'VW5pdDox' }))).toEqual({
      kind: { eq: 'CLUSTER' },
      level: { eq: 'PROVINCE' },
      area: { contains: 'Hải Phòng' },
      memberUnitId: { eq: 'VW5pdDox' },
    });
    expect(blocsFilter(params({ kind: 'TEAM', area: '  ' }))).toEqual({});
  });
});

describe('create bloc form', () => {
  it('needs a name and a code, and limits the code to the server length', async () => {
    renderWithProviders(<CreateBlocModal open onClose={() => {}} />, { mocks: pickers });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('bloc-code'), { target: { value: 'K'.repeat(61) } });
    fireEvent.click(screen.getByTestId('bloc-submit'));
    await waitFor(() => expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeTruthy());
    expect(within(dialog).getByText('Tối đa 60 ký tự.')).toBeTruthy();
  });

  it('says which bloc already has the code, with a link to it', async () => {
    const taken = globalId('Bloc', 4);
    const mocks = [
      ...pickers,
      {
        request: { query: CreateBlocDocument, variables: anyVariables },
        result: {
          data: {
            createBloc: {
              __typename: 'BlocPayload',
              bloc: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: ['code'],
                  code: 'DUPLICATE',
                  message: 'Trùng với khối, cụm thi đua mã KT-LHH "Khối thi đua Liên hiệp hội" đã có.',
                  recordId: taken,
                },
              ],
            },
          },
        },
      },
      recordsMock([{ __typename: 'Bloc', id: taken, name: 'Khối thi đua Liên hiệp hội' }]),
    ];
    renderWithProviders(<CreateBlocModal open onClose={() => {}} />, { mocks: mocks as never[] });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('bloc-name'), { target: { value: 'Khối mới' } });
    fireEvent.change(within(dialog).getByTestId('bloc-code'), { target: { value: 'KT-LHH' } });
    fireEvent.click(screen.getByTestId('bloc-submit'));
    const warning = await within(dialog).findByTestId('duplicate-warning');
    expect(warning.textContent).toContain('Trùng với khối, cụm thi đua mã KT-LHH "Khối thi đua Liên hiệp hội" đã có.');
    const link = await within(warning).findByTestId('existing-record-link');
    expect(link.getAttribute('href')).toBe(`/blocs/${encodeURIComponent(taken)}`);
    // The code field is marked too, and no second-award style confirmation is offered: codes are unique.
    expect(within(dialog).getAllByText(/Trùng với khối/).length).toBeGreaterThan(1);
    expect(within(warning).queryByRole('button')).toBeNull();
  });
});
