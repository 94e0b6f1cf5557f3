import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CreateBallotSessionDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { BallotSessionsCard } from './BallotSessionsCard';

const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
const base = {
  __typename: 'Covenant',
  id: 'Q292OjE=',
  bloc: { __typename: 'Bloc', id: 'QmxvYzox' },
  signatures: [{ __typename: 'CovenantSignature', id: 's1', unit: unit('u1', 'Hiệp hội Doanh nghiệp nhỏ và vừa') }],
  unsignedMembers: [unit('u2', 'Hội Nữ Doanh nhân Hải Phòng')],
};
const session = {
  __typename: 'BallotSession',
  id: 'QmFsbG90OjE=',
  title: 'Bình chọn đơn vị dẫn đầu năm 2023',
  status: 'OPEN',
  purpose: 'LEADING_UNIT',
  turnout: { __typename: 'BallotTurnout', voters: 9, voted: 4 },
};

describe('ballot sessions card', () => {
  it('links each session of the covenant to its voter page, with its turnout; a unit officer cannot create one', () => {
    renderWithProviders(<BallotSessionsCard covenant={{ ...base, ballotSessions: [session] } as never} />, {
      viewer: viewerOf('UNIT_OFFICER', { unit: { id: 'u1', name: 'x' } }),
    });
    const link = screen.getByRole('link', { name: 'Bình chọn đơn vị dẫn đầu năm 2023' });
    expect(link.getAttribute('href')).toBe('/ballots/QmFsbG90OjE%3D');
    expect(screen.getByText('Đang bỏ phiếu')).toBeTruthy();
    expect(screen.getByText('Đã bỏ phiếu: 4/9')).toBeTruthy();
    expect(screen.queryByTestId('create-ballot')).toBeNull();
    expect(screen.queryByTestId('session-minutes')).toBeNull();
  });

  it('links a closed session to its minutes', () => {
    renderWithProviders(<BallotSessionsCard covenant={{ ...base, ballotSessions: [{ ...session, status: 'CLOSED' }] } as never} />, {
      viewer: viewerOf('UNIT_OFFICER', { unit: { id: 'u1', name: 'x' } }),
    });
    expect(screen.getByTestId('session-minutes').getAttribute('href')).toBe('/ballots/QmFsbG90OjE%3D/minutes');
  });

  it('creates a session with the purpose defaults and the chosen member units', async () => {
    const created = vi.fn();
    const expected = {
      covenantId: base.id,
      title: 'Bình chọn đơn vị dẫn đầu',
      purpose: 'LEADING_UNIT',
      candidateIds: ['u2'],
      secret: true,
      selfVoteAllowed: false,
      maxChoices: 1,
      thresholdPercent: 50,
      thresholdBase: 'ALL',
      quorumPercent: 50,
    };
    const mocks = [
      {
        request: { query: CreateBallotSessionDocument, variables: { input: expected } },
        result: () => {
          created();
          return {
            data: {
              createBallotSession: {
                __typename: 'BallotSessionPayload',
                session: { __typename: 'BallotSession', id: 'QmFsbG90OjI=', covenant: { ...base, ballotSessions: [] } },
                userErrors: [],
              },
            },
          };
        },
      },
    ] as never[];
    renderWithProviders(<BallotSessionsCard covenant={{ ...base, ballotSessions: [] } as never} />, {
      mocks,
      viewer: viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } }),
    });
    expect(screen.getByText('Chưa có phiên bỏ phiếu.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('create-ballot'));
    fireEvent.change(await screen.findByTestId('ballot-title-input'), { target: { value: 'Bình chọn đơn vị dẫn đầu' } });
    const select = screen.getByTestId('ballot-candidates');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    const options = await screen.findAllByTitle('Hội Nữ Doanh nhân Hải Phòng');
    fireEvent.click(options[options.length - 1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo' }));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
  });
});
