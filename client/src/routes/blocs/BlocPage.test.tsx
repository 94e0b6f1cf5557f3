import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { CreateCovenantDocument, UnitOptionsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as BlocPage } from './BlocPage';
import { blocMock, coop, sme } from './blocPageMocks';

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
        blocMock(2022),
        blocMock(2023),
        blocMock(2024),
        {
          request: { query: UnitOptionsDocument, variables: () => true },
          result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
          maxUsageCount: Infinity,
        },
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
              covenant: {
                __typename: 'Covenant',
                id: 'Q292OjI=',
                year: 2024,
                title: 'Giao ước thi đua năm 2024',
                status: 'DRAFT',
                signedCount: 0,
                memberCount: 2,
                bloc: { __typename: 'Bloc', id: 'QmxvYzox' },
              },
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

  it("gives the bloc's own officer its actions (adding members, which widens their scope, is the Board's), and another bloc's officer none", async () => {
    const { unmount } = renderAt('/blocs/QmxvYzox?year=2024', [], viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối thi đua Liên hiệp hội' } }));
    await screen.findByTestId('members-table');
    expect(screen.queryByTestId('add-member')).toBeNull();
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
