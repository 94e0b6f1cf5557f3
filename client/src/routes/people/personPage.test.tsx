import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { DeletePersonDocument, PersonCommendationsDocument, PersonPageDocument, UpdatePersonDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { changedBeforeDelete, confirmDelete, deleteAnswer } from '../../test/deleteRecord';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as PersonPage } from './PersonPage';

const ID = 'UGVyc29uOjE';
const OWN = { __typename: 'Unit', id: 'VW5pdDpvd24', name: 'Hội Nữ Doanh nhân Hải Phòng' };
const EARLIER = { __typename: 'Unit', id: 'VW5pdDplYXJsaWVy', name: 'Cảng vụ Hàng hải Hải Phòng' };
const board = viewerOf('BOARD_OFFICER');
const ownOfficer = viewerOf('UNIT_OFFICER', { unit: { id: OWN.id, name: OWN.name } });
const otherOfficer = viewerOf('UNIT_OFFICER', { unit: { id: 'VW5pdDpvdGhlcg', name: 'Hội khác' } });

const affiliation = (id: string, unit: typeof OWN, startedOn: string, endedOn: string | null) => ({
  __typename: 'PersonAffiliation',
  id,
  position: 'Chủ tịch Hội',
  startedOn,
  endedOn,
  unit,
});

/** Nguyễn Thị An works at OWN now; with `earlier`, she worked at EARLIER before. */
const personMock = (earlier = false) => {
  const affiliations = [affiliation('QWZmOjE', OWN, '2020-01-01', null), ...(earlier ? [affiliation('QWZmOjI', EARLIER, '2010-01-01', '2019-12-31')] : [])];
  return {
    request: { query: PersonPageDocument, variables: { id: ID } },
    result: {
      data: {
        person: {
          __typename: 'Person',
          id: ID,
          fullName: 'Nguyễn Thị An',
          gender: 'FEMALE',
          birthYear: 1975,
          note: null,
          version: 5,
          currentAffiliation: affiliations[0],
          affiliations,
        },
      },
    },
    maxUsageCount: Infinity,
  };
};

const commendations = {
  request: { query: PersonCommendationsDocument, variables: () => true },
  result: {
    data: {
      commendations: {
        __typename: 'CommendationConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        nodes: [],
      },
    },
  },
  maxUsageCount: Infinity,
};

const deleteMock = (expectedVersion: number, answer: Parameters<typeof deleteAnswer>[1]) => ({
  request: { query: DeletePersonDocument, variables: { id: ID, expectedVersion } },
  result: deleteAnswer('deletePerson', answer),
});

function renderPerson(viewer: Viewer, mocks: object[] = [], earlier = false) {
  return renderWithProviders(
    <Routes>
      <Route path="/people/:id" element={<PersonPage />} />
      <Route path="/people" element={<div data-testid="people-list" />} />
    </Routes>,
    { route: `/people/${ID}`, viewer, mocks: [personMock(earlier), commendations, ...mocks] as never[] },
  );
}

describe('correcting a person', () => {
  it('sends only the changed field with the version the form opened', async () => {
    let sent: unknown;
    const update = {
      request: { query: UpdatePersonDocument, variables: (v: unknown) => ((sent = v), true) },
      result: {
        data: {
          updatePerson: {
            __typename: 'PersonPayload',
            person: {
              __typename: 'Person',
              id: ID,
              fullName: 'Nguyễn Thị Ân',
              gender: 'FEMALE',
              birthYear: 1975,
              note: null,
              version: 6,
              currentAffiliation: personMock().result.data.person.currentAffiliation,
            },
            userErrors: [],
            conflict: null,
          },
        },
      },
    };
    renderPerson(ownOfficer, [update]);
    fireEvent.click(await screen.findByTestId('edit-person'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('person-full-name') as HTMLInputElement).value).toBe('Nguyễn Thị An'));
    fireEvent.change(within(dialog).getByTestId('person-full-name'), { target: { value: 'Nguyễn Thị Ân' } });
    fireEvent.click(screen.getByTestId('person-submit'));
    await waitFor(() => expect(sent).toEqual({ input: { id: ID, fullName: 'Nguyễn Thị Ân', expectedVersion: 5 } }));
  });

  it('deletes after a confirmation naming the affiliations that go too, against the version seen, and goes back to the list', async () => {
    renderPerson(board, [deleteMock(5, { conflict: changedBeforeDelete(6) }), deleteMock(6, { deletedId: ID })]);
    expect(await confirmDelete('delete-person')).toContain('cùng toàn bộ quá trình công tác');
    await screen.findByTestId('changed-before-delete-dialog');
    fireEvent.click(screen.getByTestId('delete-anyway'));
    await screen.findByTestId('people-list');
  });

  it('lets the officer of her unit delete her, but not once she also worked elsewhere (the server refuses that too)', async () => {
    const alone = renderPerson(ownOfficer);
    await screen.findByTestId('edit-person');
    expect(screen.getByTestId('delete-person')).toBeTruthy();
    alone.unmount();

    renderPerson(ownOfficer, [], true);
    await screen.findByTestId('edit-person');
    expect(screen.queryByTestId('delete-person')).toBeNull();
  });

  it('offers another unit’s officer neither edit nor delete', async () => {
    renderPerson(otherOfficer);
    await screen.findByText('Quá trình công tác');
    expect(screen.queryByTestId('edit-person')).toBeNull();
    expect(screen.queryByTestId('delete-person')).toBeNull();
  });
});
