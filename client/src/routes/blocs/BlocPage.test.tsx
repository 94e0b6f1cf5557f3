import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { BlocPageDocument, CreateCovenantDocument, UnitOptionsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as BlocPage } from './BlocPage';

const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
const coop = unit('u1', 'Liên minh Hợp tác xã thành phố Hải Phòng');
const sme = unit('u2', 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố');
const membership = (id: string, u: ReturnType<typeof unit>) => ({ __typename: 'BlocMembership', id, fromYear: 2022, toYear: null, note: null, version: 1, unit: u });

const bloc = (year: number) => ({
  __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố', kind: 'BLOC',
  code: 'HP-LHH-DN', level: 'PROVINCE', area: 'Hải Phòng', description: null, parent: null, ownerUnit: null, children: [],
  foundingDecision: { __typename: 'Decision', id: 'RGVjOjE=', number: '889/QĐ-UBND', issuedOn: '2022-03-31', issuer: 'UBND thành phố Hải Phòng', subject: 'Về việc tổ chức Cụm, Khối thi đua' },
  memberships: [membership('m1', coop), membership('m2', sme)],
  members: [
    { __typename: 'BlocMember', year, roles: ['MEMBER'], isLeading: year === 2022, unit: coop, membership: membership('m1', coop) },
    { __typename: 'BlocMember', year, roles: year === 2023 ? ['HEAD', 'MEMBER'] : ['MEMBER'], isLeading: false, unit: sme, membership: membership('m2', sme) },
  ],
  head: year === 2023 ? sme : null, deputy: null,
  leader: year === 2022 ? { __typename: 'BlocLeader', id: 'l1', note: 'Cờ thi đua', unit: coop } : null,
  yearRoles: [{ __typename: 'BlocYearRole', id: 'r1', year: 2023, role: 'HEAD', unit: sme }],
  leaders: [{ __typename: 'BlocLeader', id: 'l1', year: 2022, note: 'Cờ thi đua', unit: coop }],
  covenants: [{ __typename: 'Covenant', id: 'Q292OjE=', year: 2023, title: 'Giao ước thi đua năm 2023', status: 'SIGNED', signedCount: 2, memberCount: 2 }],
  covenant: year === 2023 ? { __typename: 'Covenant', id: 'Q292OjE=' } : null,
  commendations: { __typename: 'CommendationConnection', totalCount: 0, nodes: [] },
});

const blocMock = (year: number) => ({
  request: { query: BlocPageDocument, variables: { id: 'QmxvYzox', year } },
  result: { data: { bloc: bloc(year) } },
  maxUsageCount: Infinity,
});

function Editor() {
  return <div data-testid="editor">{useParams().id}</div>;
}

const renderAt = (route: string, extra: unknown[] = [], viewer?: Viewer) =>
  renderWithProviders(
    <Routes>
      <Route path="/blocs/:id" element={<BlocPage />} />
      <Route path="/covenants/:id" element={<Editor />} />
    </Routes>,
    {
      route,
      mocks: [
        blocMock(2022), blocMock(2023), blocMock(2024),
        { request: { query: UnitOptionsDocument, variables: () => true }, result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } }, maxUsageCount: Infinity },
        ...extra,
      ] as never[],
      viewer,
    },
  );

describe('bloc page', () => {
  it('shows the year from the URL: members with their marks, and who led the bloc in 2022', async () => {
    renderAt('/blocs/QmxvYzox?year=2022');
    const members = await screen.findByTestId('members-table');
    const coopRow = within(members).getByText(coop.name).closest('tr')!;
    expect(within(coopRow).getByTestId('role-leading')).toBeTruthy();
    expect(screen.getByTestId('leader-2022').textContent).toBe(coop.name);
    expect(screen.getByTestId('founding-decision').textContent).toContain('889/QĐ-UBND');
    expect(screen.getByTestId('founding-decision').textContent).toContain('31/03/2022');
  });

  it("marks the year's head, and opens the existing covenant of the year", async () => {
    renderAt('/blocs/QmxvYzox?year=2023');
    const members = await screen.findByTestId('members-table');
    const smeRow = within(members).getByText(sme.name).closest('tr')!;
    expect(within(smeRow).getByTestId('role-head')).toBeTruthy();
    fireEvent.click(screen.getByTestId('open-covenant'));
    expect((await screen.findByTestId('editor')).textContent).toBe('Q292OjE=');
  });

  it("creates the selected year's covenant and opens its editor", async () => {
    let sent: Record<string, unknown> = {};
    renderAt('/blocs/QmxvYzox?year=2024', [
      {
        request: { query: CreateCovenantDocument, variables: (v: { input: Record<string, unknown> }) => ((sent = v.input), true) },
        result: {
          data: {
            createCovenant: {
              __typename: 'CovenantPayload',
              covenant: { __typename: 'Covenant', id: 'Q292OjI=', year: 2024, title: 'Giao ước thi đua năm 2024', status: 'DRAFT', signedCount: 0, memberCount: 2, bloc: { __typename: 'Bloc', id: 'QmxvYzox' } },
              userErrors: [],
            },
          },
        },
      },
    ]);
    const create = await screen.findByTestId('create-covenant');
    expect(create.textContent).toContain('Tạo giao ước năm 2024');
    fireEvent.click(create);
    expect((await screen.findByTestId('editor')).textContent).toBe('Q292OjI=');
    await waitFor(() => expect(sent).toEqual({ blocId: 'QmxvYzox', year: 2024, title: 'Giao ước thi đua năm 2024' }));
  });

  it("shows an analyst the bloc's members, roles and covenants without any action", async () => {
    renderAt('/blocs/QmxvYzox?year=2024', [], viewerOf('ANALYST'));
    await screen.findByTestId('members-table');
    for (const action of ['add-member', 'end-membership', 'remove-membership', 'save-roles', 'save-leader', 'create-covenant']) {
      expect(screen.queryByTestId(action), action).toBeNull();
    }
  });

  it("gives the bloc's own officer its actions, and another bloc's officer none", async () => {
    const { unmount } = renderAt('/blocs/QmxvYzox?year=2024', [], viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối thi đua Liên hiệp hội' } }));
    await screen.findByTestId('members-table');
    expect(screen.getByTestId('add-member')).toBeTruthy();
    expect(screen.getByTestId('save-roles')).toBeTruthy();
    expect(screen.getByTestId('create-covenant')).toBeTruthy();
    unmount();
    renderAt('/blocs/QmxvYzox?year=2024', [], viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzoy', name: 'Khối các Hội đặc thù' } }));
    await screen.findByTestId('members-table');
    expect(screen.queryByTestId('add-member')).toBeNull();
    expect(screen.queryByTestId('save-roles')).toBeNull();
    expect(screen.queryByTestId('create-covenant')).toBeNull();
  });
});
