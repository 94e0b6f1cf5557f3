import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BallotPageDocument, CastBallotDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as BallotPage } from './BallotPage';

const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
const [sme, women, youth] = [unit('u1', 'Hiệp hội Doanh nghiệp nhỏ và vừa'), unit('u2', 'Hội Nữ Doanh nhân Hải Phòng'), unit('u3', 'Hội Doanh nhân trẻ')];
const participation = (id: string, u: ReturnType<typeof unit>) => ({ __typename: 'BallotParticipation', id, unit: { __typename: 'Unit', id: u.id } });

const session = {
  __typename: 'BallotSession',
  id: 'QmFsbG90OjE=',
  title: 'Bình chọn đơn vị dẫn đầu năm 2023',
  status: 'OPEN',
  purpose: 'LEADING_UNIT',
  secret: true,
  thresholdPercent: 50,
  thresholdBase: 'ALL',
  quorumPercent: 50,
  maxChoices: 1,
  selfVoteAllowed: false,
  version: 2,
  allowedTransitions: [],
  covenant: {
    __typename: 'Covenant',
    id: 'Q292OjE=',
    year: 2023,
    bloc: { __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối thi đua Liên hiệp hội' },
    signatures: [{ __typename: 'CovenantSignature', id: 's1', unit: sme }],
    unsignedMembers: [women, youth],
  },
  candidates: [sme, women, youth],
  participations: [participation('p1', women)],
  turnout: { __typename: 'BallotTurnout', voters: 3, voted: 1, percent: 33.33 },
  results: null,
  meetingDate: '2023-12-20',
  venue: 'Hội trường Liên hiệp hội',
  chair: null,
  secretary: null,
  boardGuest: null,
  minutes: null,
  proposals: [],
};
const viewer = viewerOf('UNIT_OFFICER', { unit: { id: 'u1', name: sme.name } });
const page = { query: BallotPageDocument, variables: { id: session.id } };

describe('ballot page', () => {
  it('lets a member unit choose one candidate (not itself) and shows the new turnout', async () => {
    const mocks = [
      { request: page, result: { data: { node: session } } },
      {
        request: { query: CastBallotDocument, variables: { input: { sessionId: session.id, unitId: 'u1', agreedCandidateIds: ['u3'] } } },
        result: {
          data: {
            castBallot: {
              __typename: 'CastBallotPayload',
              session: {
                __typename: 'BallotSession',
                id: session.id,
                turnout: { ...session.turnout, voted: 2, percent: 66.67 },
                participations: [participation('p1', women), participation('p2', sme)],
              },
              userErrors: [],
            },
          },
        },
      },
    ] as never[];
    renderWithProviders(<BallotPage />, { mocks, viewer, route: `/ballots/${session.id}`, path: '/ballots/:id' });
    await screen.findByText('Phiếu của: Hiệp hội Doanh nghiệp nhỏ và vừa');
    expect(screen.getByTestId('turnout').textContent).toBe('1/3');
    expect(screen.getByText('Kết quả được công bố khi phiên kết thúc.')).toBeTruthy();
    const own = screen.getByLabelText('Hiệp hội Doanh nghiệp nhỏ và vừa (đơn vị của bạn)') as HTMLInputElement;
    expect(own.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Hội Doanh nhân trẻ'));
    fireEvent.click(screen.getByTestId('vote-button'));
    await screen.findByTestId('already-voted');
    expect(screen.getByTestId('turnout').textContent).toBe('2/3');
  });

  it('lets the Board record a paper ballot for a member unit that has not voted', async () => {
    const sent = vi.fn();
    const mocks = [
      { request: page, result: { data: { node: session } } },
      {
        request: { query: CastBallotDocument, variables: { input: { sessionId: session.id, unitId: 'u3', agreedCandidateIds: ['u1'] } } },
        result: () => {
          sent();
          const participations = [participation('p1', women), participation('p3', youth)];
          return {
            data: {
              castBallot: {
                __typename: 'CastBallotPayload',
                session: { __typename: 'BallotSession', id: session.id, turnout: { ...session.turnout, voted: 2, percent: 66.67 }, participations },
                userErrors: [],
              },
            },
          };
        },
      },
    ] as never[];
    renderWithProviders(<BallotPage />, { mocks, route: `/ballots/${session.id}`, path: '/ballots/:id' });
    const select = await screen.findByTestId('paper-unit');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    expect(screen.queryByTitle('Hội Nữ Doanh nhân Hải Phòng')).toBeNull();
    const options = await screen.findAllByTitle('Hội Doanh nhân trẻ');
    fireEvent.click(options[options.length - 1]!);
    fireEvent.click(await screen.findByLabelText('Hiệp hội Doanh nghiệp nhỏ và vừa'));
    fireEvent.click(screen.getByTestId('vote-button'));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('turnout').textContent).toBe('2/3'));
  });

  it('shows the results per candidate once closed', async () => {
    const closed = {
      ...session,
      status: 'CLOSED',
      participations: [participation('p1', women), participation('p2', sme), participation('p3', youth)],
      turnout: { ...session.turnout, voted: 3, percent: 100 },
      results: {
        __typename: 'BallotResults',
        voters: 3,
        voted: 3,
        turnoutPercent: 100,
        quorumMet: true,
        candidates: [
          { __typename: 'BallotCandidateResult', unit: sme, votes: 2, percent: 66.67, passed: true },
          { __typename: 'BallotCandidateResult', unit: women, votes: 1, percent: 33.33, passed: false },
          { __typename: 'BallotCandidateResult', unit: youth, votes: 0, percent: 0, passed: false },
        ],
      },
      minutes: { __typename: 'BallotMinutes', leaderName: sme.name, result: 'Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: Hiệp hội Doanh nghiệp nhỏ và vừa.' },
      proposals: [
        { __typename: 'CommendationProposal', id: 'cp1', award: 'EMULATION_FLAG', votes: 2, percent: 66.67, status: 'PROPOSED', dossier: null, unit: sme },
      ],
    };
    renderWithProviders(<BallotPage />, {
      mocks: [{ request: page, result: { data: { node: closed } } }] as never[],
      viewer,
      route: `/ballots/${session.id}`,
      path: '/ballots/:id',
    });
    const table = await screen.findByTestId('results-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getByText('66,67%')).toBeTruthy();
    expect(within(table).getAllByText('Đạt')).toHaveLength(1);
    expect(screen.getByText('Phiên chưa mở hoặc đã kết thúc.')).toBeTruthy();
    expect(screen.getByText('Đủ số đơn vị bỏ phiếu')).toBeTruthy();
    // The leader and the proposal the close recorded, and the way to the minutes.
    expect(screen.getByTestId('ballot-leader').textContent).toContain('Đơn vị dẫn đầu: Hiệp hội Doanh nghiệp nhỏ và vừa');
    expect(within(screen.getByTestId('ballot-proposals')).getByText('Cờ thi đua')).toBeTruthy();
    expect(screen.getByTestId('minutes-link').getAttribute('href')).toBe('/ballots/QmFsbG90OjE%3D/minutes');
    // A unit officer does not edit the meeting details.
    expect(screen.queryByTestId('edit-meeting')).toBeNull();
  });
});
