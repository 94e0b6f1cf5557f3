import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { DeleteUnitDocument, UnitPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { changedBeforeDelete, confirmDelete, deleteAnswer } from '../../test/deleteRecord';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as UnitPage } from './UnitPage';

const ID = 'VW5pdDpvd24';
const OTHER = 'VW5pdDpvdGhlcg';
const board = viewerOf('BOARD_OFFICER');
const unitOfficer = viewerOf('UNIT_OFFICER', { unit: { id: ID, name: 'Hội Nữ Doanh nhân Hải Phòng' } });

const unitMock = (id: string) => ({
  request: { query: UnitPageDocument, variables: (v: { id: string }) => v.id === id },
  result: {
    data: {
      unit: {
        __typename: 'Unit',
        id,
        name: 'Hội Nữ Doanh nhân Hải Phòng',
        shortName: null,
        kind: 'ASSOCIATION',
        area: 'Hải Phòng',
        note: null,
        version: 3,
        parent: null,
        blocMemberships: [],
        blocRoles: [],
        ledBlocs: [],
        commendations: { __typename: 'CommendationConnection', totalCount: 0, nodes: [] },
        covenantSignatures: [],
        people: { __typename: 'PersonConnection', totalCount: 0, nodes: [] },
        children: [],
        formerNames: [],
        predecessors: [],
        successors: [],
      },
      commendationYears: [],
    },
  },
  maxUsageCount: Infinity,
});

const deleteMock = (expectedVersion: number, answer: Parameters<typeof deleteAnswer>[1]) => ({
  request: { query: DeleteUnitDocument, variables: { id: ID, expectedVersion } },
  result: deleteAnswer('deleteUnit', answer),
});

function renderUnit(viewer: Viewer, mocks: object[] = [], id = ID) {
  return renderWithProviders(
    <Routes>
      <Route path="/units/:id" element={<UnitPage />} />
      <Route path="/units" element={<div data-testid="units-list" />} />
    </Routes>,
    { route: `/units/${id}`, viewer, mocks: [unitMock(ID), unitMock(OTHER), ...mocks] as never[] },
  );
}

describe('deleting a unit', () => {
  it('asks the board officer first, naming what goes with the unit, sends the version seen and goes back to the list', async () => {
    renderUnit(board, [deleteMock(3, { deletedId: ID })]);
    const question = await confirmDelete('unit-delete');
    expect(question).toContain('Xóa đơn vị này cùng các biến động');
    expect(question).toContain('Không xóa được khi đơn vị còn thành viên khối');
    await screen.findByTestId('units-list');
  });

  it('shows what changed since, and deletes the current version once the officer still wants to', async () => {
    renderUnit(board, [deleteMock(3, { conflict: changedBeforeDelete(4) }), deleteMock(4, { deletedId: ID })]);
    await confirmDelete('unit-delete');
    expect((await screen.findByTestId('changed-before-delete-dialog')).textContent).toContain('Trần Thị Bình');
    fireEvent.click(screen.getByTestId('delete-anyway'));
    await screen.findByTestId('units-list');
  });

  it('stays on the page and says why when the unit is still in use', async () => {
    renderUnit(board, [deleteMock(3, { userErrors: [{ field: ['id'], message: 'Bản ghi đang được sử dụng.', code: 'IN_USE' }] })]);
    await confirmDelete('unit-delete');
    await waitFor(() => expect(document.body.textContent).toContain('đang được sử dụng'));
    expect(screen.queryByTestId('units-list')).toBeNull();
  });

  it('offers the unit officer editing of their own unit but no delete, and neither on another unit', async () => {
    const own = renderUnit(unitOfficer);
    await screen.findByTestId('unit-name-title');
    expect(screen.getByTestId('unit-edit')).toBeTruthy();
    expect(screen.queryByTestId('unit-delete')).toBeNull();
    own.unmount();

    renderUnit(unitOfficer, [], OTHER);
    await screen.findByTestId('unit-name-title');
    expect(screen.queryByTestId('unit-edit')).toBeNull();
    expect(screen.queryByTestId('unit-delete')).toBeNull();
  });
});
