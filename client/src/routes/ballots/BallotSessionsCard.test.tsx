import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { BallotSessionsCard } from './BallotSessionsCard';

describe('ballot sessions card', () => {
  it('links each session of the covenant to its voter page, with its turnout', () => {
    const covenant = {
      __typename: 'Covenant', id: 'Q292OjE=',
      ballotSessions: [{ __typename: 'BallotSession', id: 'QmFsbG90OjE=', title: 'Bình chọn đơn vị dẫn đầu năm 2023', status: 'OPEN', purpose: 'LEADING_UNIT', turnout: { __typename: 'BallotTurnout', voters: 9, voted: 4 } }],
    };
    renderWithProviders(<BallotSessionsCard covenant={covenant as never} />);
    const link = screen.getByRole('link', { name: 'Bình chọn đơn vị dẫn đầu năm 2023' });
    expect(link.getAttribute('href')).toBe('/ballots/QmFsbG90OjE%3D');
    expect(screen.getByText('Đang bỏ phiếu')).toBeTruthy();
    expect(screen.getByText('Đã bỏ phiếu: 4/9')).toBeTruthy();
  });

  it('says when there is none', () => {
    renderWithProviders(<BallotSessionsCard covenant={{ __typename: 'Covenant', id: 'c', ballotSessions: [] } as never} />);
    expect(screen.getByText('Chưa có phiên bỏ phiếu.')).toBeTruthy();
  });
});
