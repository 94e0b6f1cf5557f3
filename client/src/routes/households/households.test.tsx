import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DeleteHouseholdDocument, HouseholdsPageDocument, UpdateHouseholdDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { changedBeforeDelete, confirmDelete, deleteAnswer } from '../../test/deleteRecord';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as HouseholdsPage } from './HouseholdsPage';

const ID = 'SG91c2Vob2xkOjE';
const household = {
  __typename: 'Household',
  id: ID,
  name: 'Hộ ông Nguyễn Văn Ba',
  headName: 'Nguyễn Văn Ba',
  address: 'Thôn Đông, xã An Lão',
  area: 'Hải Phòng',
  version: 2,
};

const list = {
  request: { query: HouseholdsPageDocument, variables: () => true },
  result: {
    data: {
      households: {
        __typename: 'HouseholdConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        nodes: [household],
      },
    },
  },
  maxUsageCount: Infinity,
};

const renderList = (viewer: Viewer, mocks: object[] = []) =>
  renderWithProviders(<HouseholdsPage />, { route: '/households', viewer, mocks: [list, ...mocks] as never[] });

describe('households page', () => {
  it('lets the board officer correct a household, sending the changed field with the version seen', async () => {
    let sent: unknown;
    const update = {
      request: { query: UpdateHouseholdDocument, variables: (v: unknown) => ((sent = v), true) },
      result: {
        data: {
          updateHousehold: {
            __typename: 'HouseholdPayload',
            household: { ...household, headName: 'Nguyễn Văn Bá', version: 3 },
            userErrors: [],
            conflict: null,
          },
        },
      },
    };
    renderList(viewerOf('BOARD_OFFICER'), [update]);
    fireEvent.click(await screen.findByTestId(`edit-household-${ID}`));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('household-head') as HTMLInputElement).value).toBe('Nguyễn Văn Ba'));
    fireEvent.change(within(dialog).getByTestId('household-head'), { target: { value: 'Nguyễn Văn Bá' } });
    fireEvent.click(screen.getByTestId('household-submit'));
    await waitFor(() => expect(sent).toEqual({ input: { id: ID, headName: 'Nguyễn Văn Bá', expectedVersion: 2 } }));
  });

  it('deletes a household after a confirmation naming it, asking again when it changed since', async () => {
    const sent: unknown[] = [];
    const answers = [deleteAnswer('deleteHousehold', { conflict: changedBeforeDelete(3) }), deleteAnswer('deleteHousehold', { deletedId: ID })];
    const remove = {
      request: { query: DeleteHouseholdDocument, variables: (v: unknown) => (sent.push(v), true) },
      result: () => answers[sent.length - 1],
      maxUsageCount: 2,
    };
    renderList(viewerOf('BOARD_OFFICER'), [remove]);
    expect(await confirmDelete(`delete-household-${ID}`)).toContain('Xóa hộ gia đình "Hộ ông Nguyễn Văn Ba"? Không xóa được khi hộ đã có khen thưởng');
    await screen.findByTestId('changed-before-delete-dialog');
    fireEvent.click(screen.getByTestId('delete-anyway'));
    await waitFor(() =>
      expect(sent).toEqual([
        { id: ID, expectedVersion: 2 },
        { id: ID, expectedVersion: 3 },
      ]),
    );
  });

  it('shows an analyst the households without create, edit or delete', async () => {
    renderList(viewerOf('ANALYST'));
    await screen.findByText('Hộ ông Nguyễn Văn Ba');
    expect(screen.queryByTestId('create-household')).toBeNull();
    expect(screen.queryByTestId(`edit-household-${ID}`)).toBeNull();
    expect(screen.queryByTestId(`delete-household-${ID}`)).toBeNull();
  });
});
