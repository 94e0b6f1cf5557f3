import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { AwardTypesPageDocument, DeleteAwardTypeDocument, UpdateAwardTypeDocument } from '../../gql/graphql';
import { viewerOf } from '../../test/viewers';
import { Component as AwardTypesPage } from './AwardTypesPage';
import { renderWithProviders } from '../../test/renderWithProviders';
import { AwardTypeFormModal, AwardTypeFormModal_awardType } from './AwardTypeFormModal';
import { awardTypesFilter } from './awardTypesFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];
const flag = makeFragmentData(
  {
    __typename: 'AwardType',
    id: 'QXdhcmRUeXBlOjE=',
    code: 'CO_THI_DUA_UBND_TINH',
    nameVi: 'Cờ thi đua của UBND tỉnh',
    nameEn: 'Provincial Emulation Flag',
    rank: 70,
    cashMultiplier: 8,
    active: true,
    version: 3,
  },
  AwardTypeFormModal_awardType,
);

describe('award catalogue filter', () => {
  it('reads category, level, subject kind and active from the URL', () => {
    expect(awardTypesFilter(params({ category: 'TITLE', level: 'PROVINCE', subject: 'COLLECTIVE', active: 'no' }))).toEqual({
      category: { eq: 'TITLE' },
      level: { eq: 'PROVINCE' },
      subjectKind: { eq: 'COLLECTIVE' },
      active: { eq: false },
    });
    expect(awardTypesFilter(params({ active: 'maybe', level: 'CITY' }))).toEqual({});
  });
});

describe('award type form', () => {
  it('shows the current values and refuses a rank or multiplier outside the server range', async () => {
    renderWithProviders(<AwardTypeFormModal open awardType={flag} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('award-type-name-vi') as HTMLInputElement).value).toBe('Cờ thi đua của UBND tỉnh'));
    fireEvent.change(within(dialog).getByTestId('award-type-rank'), { target: { value: '1500' } });
    fireEvent.change(within(dialog).getByTestId('award-type-cash'), { target: { value: '-1' } });
    fireEvent.change(within(dialog).getByTestId('award-type-name-en'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('award-type-submit'));
    await waitFor(() => expect(within(dialog).getByText('Thứ bậc từ 0 đến 1000.')).toBeTruthy());
    expect(within(dialog).getByText('Hệ số từ 0 đến 1000.')).toBeTruthy();
    expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeTruthy();
  });

  it('sends the edited values (only those), a decimal multiplier included, with the version it opened, and closes', async () => {
    let sent: unknown;
    let closed = false;
    const mocks = [
      {
        request: { query: UpdateAwardTypeDocument, variables: (v: unknown) => ((sent = v), true) },
        result: {
          data: {
            updateAwardType: {
              __typename: 'AwardTypePayload',
              userErrors: [],
              conflict: null,
              awardType: {
                __typename: 'AwardType',
                id: 'QXdhcmRUeXBlOjE=',
                code: 'CO_THI_DUA_UBND_TINH',
                nameVi: 'Cờ thi đua của UBND tỉnh',
                nameEn: 'Provincial Emulation Flag',
                rank: 72,
                cashMultiplier: 8.5,
                active: false,
                version: 4,
              },
            },
          },
        },
      },
    ];
    renderWithProviders(<AwardTypeFormModal open awardType={flag} onClose={() => (closed = true)} />, { mocks });
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('award-type-rank') as HTMLInputElement).value).toBe('70'));
    fireEvent.change(within(dialog).getByTestId('award-type-rank'), { target: { value: '72' } });
    fireEvent.change(within(dialog).getByTestId('award-type-cash'), { target: { value: '8,5' } });
    fireEvent.click(within(dialog).getByRole('switch'));
    fireEvent.click(screen.getByTestId('award-type-submit'));
    await waitFor(() => expect(closed).toBe(true));
    expect(sent).toEqual({ input: { id: 'QXdhcmRUeXBlOjE=', expectedVersion: 3, rank: 72, cashMultiplier: 8.5, active: false } });
  });
});

describe('award catalogue rows', () => {
  const row = {
    __typename: 'AwardType',
    id: 'QXdhcmRUeXBlOjE=',
    code: 'CO_THI_DUA_UBND_TINH',
    nameVi: 'Cờ thi đua của UBND tỉnh',
    nameEn: 'Provincial Emulation Flag',
    category: 'TITLE',
    level: 'PROVINCE',
    subjectKinds: ['COLLECTIVE'],
    rank: 70,
    cashMultiplier: 8,
    active: true,
    version: 3,
  };
  const list = {
    request: { query: AwardTypesPageDocument, variables: () => true },
    result: {
      data: {
        awardTypes: {
          __typename: 'AwardTypeConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
          nodes: [row],
        },
      },
    },
    maxUsageCount: Infinity,
  };

  it('let the Board delete an award type with the version shown, and say to deactivate one in use', async () => {
    let sent: unknown;
    const mocks = [
      list,
      {
        request: { query: DeleteAwardTypeDocument, variables: (v: unknown) => ((sent = v), true) },
        result: { data: { deleteAwardType: { __typename: 'DeleteAwardTypePayload', deletedId: row.id, userErrors: [], conflict: null } } },
      },
    ] as never[];
    renderWithProviders(<AwardTypesPage />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    fireEvent.click(await screen.findByTestId('delete-award-type-CO_THI_DUA_UBND_TINH'));
    expect(await screen.findByText(/hãy sửa thành "Ngừng áp dụng"/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('delete-award-type-CO_THI_DUA_UBND_TINH-confirm'));
    await waitFor(() => expect(sent).toEqual({ id: row.id, expectedVersion: 3 }));
  });

  it('offer neither edit nor delete to an analyst or a bloc officer', async () => {
    for (const viewer of [viewerOf('ANALYST'), viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } })]) {
      const { unmount } = renderWithProviders(<AwardTypesPage />, { mocks: [list] as never[], viewer });
      await screen.findByText('Cờ thi đua của UBND tỉnh');
      expect(screen.queryByTestId('delete-award-type-CO_THI_DUA_UBND_TINH')).toBeNull();
      expect(screen.queryByTestId('edit-award-type-CO_THI_DUA_UBND_TINH')).toBeNull();
      unmount();
    }
  });
});
