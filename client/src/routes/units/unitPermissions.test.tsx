import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { UnitPageDocument, UnitsPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as UnitPage } from './UnitPage';
import { Component as UnitsPage } from './UnitsPage';

const OWN = 'VW5pdDpvd24';
const OTHER = 'VW5pdDpvdGhlcg';
const unitOfficer = viewerOf('UNIT_OFFICER', { unit: { id: OWN, name: 'Hội Nữ Doanh nhân Hải Phòng' } });
const analyst = viewerOf('ANALYST');

const unit = (id: string, name: string) => ({
  __typename: 'Unit',
  id,
  name,
  shortName: null,
  kind: 'ASSOCIATION',
  area: 'Hải Phòng',
  note: null,
  version: 1,
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
});

const unitMock = (id: string, name: string) => ({
  request: { query: UnitPageDocument, variables: (v: { id: string }) => v.id === id },
  result: { data: { unit: unit(id, name), commendationYears: [] } },
  maxUsageCount: Infinity,
});

function renderUnit(route: string, viewer: Viewer) {
  return renderWithProviders(
    <Routes>
      <Route path="/units/:id" element={<UnitPage />} />
      <Route path="/units/:id/edit" element={<UnitPage />} />
    </Routes>,
    { route, viewer, mocks: [unitMock(OWN, 'Hội Nữ Doanh nhân Hải Phòng'), unitMock(OTHER, 'Cảng vụ Hàng hải Hải Phòng')] as never[] },
  );
}

describe('what the unit pages offer to whom', () => {
  it('shows an analyst no create or edit button', async () => {
    renderWithProviders(<UnitsPage />, {
      viewer: analyst,
      mocks: [
        {
          request: { query: UnitsPageDocument, variables: () => true },
          result: {
            data: {
              units: {
                __typename: 'UnitConnection',
                totalCount: 0,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
                nodes: [],
              },
            },
          },
        },
      ] as never[],
    });
    await screen.findByText('Tổng số: 0');
    expect(screen.queryByTestId('create-unit')).toBeNull();

    renderUnit(`/units/${OWN}`, analyst);
    await screen.findByTestId('unit-name-title');
    expect(screen.queryByTestId('unit-edit')).toBeNull();
  });

  it('lets a unit officer edit their own unit only', async () => {
    renderUnit(`/units/${OWN}`, unitOfficer);
    await screen.findByTestId('unit-name-title');
    expect(screen.getByTestId('unit-edit')).toBeTruthy();
  });

  it('hides the edit button on another unit', async () => {
    renderUnit(`/units/${OTHER}`, unitOfficer);
    await screen.findByTestId('unit-name-title');
    expect(screen.queryByTestId('unit-edit')).toBeNull();
  });

  it('opens the edit form at /units/:id/edit for the unit officer of that unit', async () => {
    renderUnit(`/units/${OWN}/edit`, unitOfficer);
    await waitFor(() => expect((screen.getByTestId('unit-name') as HTMLInputElement).value).toBe('Hội Nữ Doanh nhân Hải Phòng'));
  });

  it('answers /units/:id/edit with "no permission" and no form for anyone else', async () => {
    renderUnit(`/units/${OTHER}/edit`, unitOfficer);
    expect((await screen.findByTestId('forbidden')).textContent).toContain('Bạn không có quyền sửa đơn vị này.');
    expect(screen.queryByTestId('unit-name')).toBeNull();
  });
});
