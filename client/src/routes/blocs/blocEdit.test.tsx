import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import {
  BlocOptionsDocument,
  DecisionOptionsDocument,
  BlocPageDocument,
  DeleteBlocDocument,
  EndBlocMembershipDocument,
  RemoveBlocMembershipDocument,
  SetBlocYearRolesDocument,
  UnitOptionsDocument,
  UpdateBlocDocument,
} from '../../gql/graphql';
import { globalId, recordsMock } from '../../test/recordMocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { confirmDelete, deleteAnswer } from '../../test/deleteRecord';
import { viewerOf } from '../../test/viewers';
import type { Viewer } from '../../auth/AuthProvider';
import { Component as BlocPage } from './BlocPage';
import { bloc, blocMock, coop, membership } from './blocPageMocks';

const ID = 'QmxvYzox';
const board = viewerOf('BOARD_OFFICER');
const ownOfficer = viewerOf('BLOC_OFFICER', { bloc: { id: ID, name: 'Khối thi đua Liên hiệp hội' } });
const otherOfficer = viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzoy', name: 'Khối các Hội đặc thù' } });

const empty = (query: unknown, field: string, typename: string) => ({
  request: { query, variables: () => true },
  result: { data: { [field]: { __typename: typename, nodes: [] } } },
  maxUsageCount: Infinity,
});

/** Records what a mutation was sent and answers it. */
function sending(query: unknown, data: object) {
  const sent: unknown[] = [];
  return { sent, mock: { request: { query, variables: (v: unknown) => (sent.push(v), true) }, result: { data }, maxUsageCount: Infinity } };
}

function renderBloc(viewer: Viewer, mocks: object[] = [], year = 2023) {
  return renderWithProviders(
    <Routes>
      <Route path="/blocs/:id" element={<BlocPage />} />
      <Route path="/blocs" element={<div data-testid="blocs-list" />} />
    </Routes>,
    {
      route: `/blocs/${ID}?year=${year}`,
      viewer,
      // The test's own answers first: they win over the defaults for the same request.
      mocks: [
        ...mocks,
        blocMock(2022),
        blocMock(2023),
        blocMock(2024),
        empty(UnitOptionsDocument, 'units', 'UnitConnection'),
        empty(BlocOptionsDocument, 'blocs', 'BlocConnection'),
        empty(DecisionOptionsDocument, 'decisions', 'DecisionConnection'),
      ] as never[],
    },
  );
}

describe('correcting a bloc', () => {
  it("lets the bloc's own officer edit it (not where it sits among blocs), sending the changed field with the version opened", async () => {
    const update = sending(UpdateBlocDocument, {
      updateBloc: { __typename: 'BlocPayload', bloc: { ...bloc(2023), description: 'Mười hai hội' }, userErrors: [], conflict: null },
    });
    renderBloc(ownOfficer, [update.mock]);
    fireEvent.click(await screen.findByTestId('bloc-edit'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('bloc-name') as HTMLInputElement).value).toBe(bloc(2023).name));
    // The parent bloc picker: the only select a bloc officer cannot change.
    expect(dialog.querySelectorAll('.ant-select-disabled')).toHaveLength(1);
    expect(screen.queryByTestId('bloc-delete')).toBeNull();
    fireEvent.change(within(dialog).getByTestId('bloc-description'), { target: { value: 'Mười hai hội' } });
    fireEvent.click(screen.getByTestId('bloc-submit'));
    await waitFor(() => expect(update.sent).toEqual([{ input: { id: ID, description: 'Mười hai hội', expectedVersion: 7 } }]));
  });

  it('says which bloc already has the code the officer typed, with a link to it, and keeps the form open', async () => {
    const taken = globalId('Bloc', 4);
    const error = {
      __typename: 'UserError',
      field: ['code'],
      code: 'DUPLICATE',
      message: 'Trùng với khối, cụm thi đua mã KT-LHH "Khối thi đua Liên hiệp hội" đã có.',
      recordId: taken,
    };
    const update = sending(UpdateBlocDocument, { updateBloc: { __typename: 'BlocPayload', bloc: null, userErrors: [error], conflict: null } });
    renderBloc(board, [update.mock, recordsMock([{ __typename: 'Bloc', id: taken, name: 'Khối thi đua Liên hiệp hội' }])]);
    fireEvent.click(await screen.findByTestId('bloc-edit'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByTestId('bloc-code') as HTMLInputElement).value).toBe('HP-LHH-DN'));
    fireEvent.change(within(dialog).getByTestId('bloc-code'), { target: { value: 'KT-LHH' } });
    fireEvent.click(screen.getByTestId('bloc-submit'));
    const warning = await within(dialog).findByTestId('duplicate-warning');
    expect(update.sent).toEqual([{ input: { id: ID, code: 'KT-LHH', expectedVersion: 7 } }]);
    expect((await within(warning).findByTestId('existing-record-link')).getAttribute('href')).toBe(`/blocs/${encodeURIComponent(taken)}`);
    expect((within(dialog).getByTestId('bloc-code') as HTMLInputElement).value).toBe('KT-LHH');
  });

  it('lets the board officer delete it after a confirmation naming what goes with it, and goes back to the list', async () => {
    renderBloc(board, [
      { request: { query: DeleteBlocDocument, variables: { id: ID, expectedVersion: 7 } }, result: deleteAnswer('deleteBloc', { deletedId: ID }) },
    ]);
    const question = await confirmDelete('bloc-delete');
    expect(question).toContain('cùng mọi tư cách thành viên, vai trò trưởng, phó khối theo năm, đơn vị dẫn đầu');
    expect(question).toContain('Không xóa được khi khối còn giao ước, khen thưởng');
    await screen.findByTestId('blocs-list');
  });

  it("offers another bloc's officer and an analyst neither edit nor delete", async () => {
    for (const viewer of [otherOfficer, viewerOf('ANALYST')]) {
      const { unmount } = renderBloc(viewer);
      await screen.findByTestId('members-table');
      expect(screen.queryByTestId('bloc-edit')).toBeNull();
      expect(screen.queryByTestId('bloc-delete')).toBeNull();
      unmount();
    }
  });
});

describe("the bloc page's members and yearly roles", () => {
  it('removes a membership entered by mistake after a confirmation naming the unit and period', async () => {
    const remove = sending(RemoveBlocMembershipDocument, {
      removeBlocMembership: { __typename: 'RemoveBlocMembershipPayload', deletedId: 'm1', userErrors: [], conflict: null },
    });
    renderBloc(ownOfficer, [remove.mock]);
    const members = await screen.findByTestId('members-table');
    const row = within(members).getByText(coop.name).closest('tr')!;
    fireEvent.click(within(row).getByTestId('remove-membership'));
    const popconfirm = await waitFor(() => document.querySelector('.ant-popconfirm')!);
    expect(popconfirm.textContent).toContain(`Xóa tư cách thành viên của ${coop.name} (2022 – nay)?`);
    fireEvent.click(within(popconfirm as HTMLElement).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(remove.sent).toEqual([{ id: 'm1', expectedVersion: 1 }]));
  });

  it("saves the year's head and deputy", async () => {
    const roles = sending(SetBlocYearRolesDocument, {
      setBlocYearRoles: { __typename: 'SetBlocYearRolesPayload', bloc: { __typename: 'Bloc', id: ID }, userErrors: [] },
    });
    renderBloc(ownOfficer, [roles.mock]);
    fireEvent.click(await screen.findByTestId('save-roles'));
    await waitFor(() => expect(roles.sent).toEqual([{ input: { blocId: ID, year: 2023, headUnitId: 'u2', deputyUnitId: null } }]));
  });

  it('moves the last year of a membership that has ended', async () => {
    const ended = { ...membership('m1', coop), toYear: 2024 };
    const shown = bloc(2023);
    const endedBloc = { ...shown, memberships: [ended, shown.memberships[1]], members: [{ ...shown.members[0], membership: ended }, shown.members[1]] };
    const end = sending(EndBlocMembershipDocument, {
      endBlocMembership: { __typename: 'BlocMembershipPayload', membership: { ...ended, toYear: 2025 }, userErrors: [] },
    });
    renderBloc(ownOfficer, [
      { request: { query: BlocPageDocument, variables: { id: ID, year: 2023 } }, result: { data: { bloc: endedBloc } }, maxUsageCount: Infinity },
      end.mock,
    ]);
    const members = await screen.findByTestId('members-table');
    const row = within(members).getByText(coop.name).closest('tr')!;
    const button = within(row).getByTestId('end-membership');
    expect(button.textContent).toBe('Đổi năm cuối');
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(`Đổi năm cuối cùng là thành viên: ${coop.name}`);
    fireEvent.change(within(dialog).getByTestId('end-year'), { target: { value: '2025' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(end.sent).toEqual([{ input: { membershipId: 'm1', toYear: 2025 } }]));
  });
});
