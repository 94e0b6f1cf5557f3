import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { COUNCIL_DEFAULTS } from '@thidua/shared';
import { AwaitingDossiersDocument, CreateCouncilSessionDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { CreateCouncilModal } from './CreateCouncilModal';

const dossier = (id: string, code: string, title: string) => ({
  __typename: 'Dossier',
  id,
  code,
  title,
  year: 2023,
  proposingUnit: { __typename: 'Unit', id: `u-${id}`, name: 'Hội Nữ Doanh nhân Hải Phòng' },
  bloc: null,
});
const awaiting = {
  request: { query: AwaitingDossiersDocument },
  result: {
    data: {
      dossiers: {
        __typename: 'DossierConnection',
        nodes: [dossier('d1', 'HS-2023-000012', 'Đề nghị tặng Bằng khen năm 2023'), dossier('d2', 'HS-2023-000015', 'Đề nghị tặng Cờ thi đua năm 2023')],
      },
    },
  },
  maxUsageCount: Infinity,
};
const dialog = () => within(screen.getAllByRole('dialog')[0]!);

describe('creating a council session', () => {
  it('starts from the shared defaults, sends the chosen dossier and the members, and opens the new session', async () => {
    const year = new Date().getFullYear();
    const sent = vi.fn();
    const input = {
      title: `Phiên họp Hội đồng xét khen thưởng năm ${year}`,
      year,
      meetingDate: null,
      venue: 'Trụ sở UBND thành phố',
      ...COUNCIL_DEFAULTS,
      members: [{ name: 'Nguyễn Văn An', position: null, role: 'CHAIR', present: true }],
      dossierIds: ['d2'],
    };
    const mocks = [
      awaiting,
      {
        request: { query: CreateCouncilSessionDocument, variables: { input } },
        result: () => (
          sent(),
          { data: { createCouncilSession: { __typename: 'CouncilSessionPayload', session: { __typename: 'CouncilSession', id: 'cs1' }, userErrors: [] } } }
        ),
      },
    ] as never[];
    renderWithProviders(
      <Routes>
        <Route path="/council" element={<CreateCouncilModal open onClose={() => undefined} />} />
        <Route path="/council/:id" element={<p data-testid="session-page">opened</p>} />
      </Routes>,
      { mocks, viewer: viewerOf('BOARD_OFFICER'), route: '/council' },
    );
    const number = (testId: string) => {
      const field = dialog().getByTestId(testId);
      return ((field.tagName === 'INPUT' ? field : field.querySelector('input')) as HTMLInputElement).value;
    };
    expect([number('council-quorum'), number('council-threshold')]).toEqual(['50', '50']);
    expect(dialog().getByTestId('council-base').textContent).toBe('Trên tổng số thành viên Hội đồng');
    fireEvent.change(dialog().getByTestId('council-venue'), { target: { value: 'Trụ sở UBND thành phố' } });
    // The dossiers are searched without diacritics.
    const select = dialog().getByTestId('council-dossiers');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    fireEvent.change(select.querySelector('input')!, { target: { value: 'co thi dua' } });
    expect(await screen.findByTitle(/HS-2023-000015/)).toBeTruthy();
    expect(screen.queryByTitle(/HS-2023-000012/)).toBeNull();
    fireEvent.click(screen.getByTitle(/HS-2023-000015/));
    // A member without a name is not sent.
    fireEvent.click(dialog().getByTestId('member-add'));
    await act(async () => {
      fireEvent.click(dialog().getByRole('button', { name: 'Lưu' }));
    });
    expect(await dialog().findByText('Nhập họ tên của mọi thành viên.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    fireEvent.change(dialog().getByTestId('member-name'), { target: { value: 'Nguyễn Văn An' } });
    await act(async () => {
      fireEvent.click(dialog().getByRole('button', { name: 'Lưu' }));
    });
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('session-page')).toBeTruthy();
  });
});
