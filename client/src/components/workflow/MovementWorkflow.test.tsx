import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { TransitionMovementDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { MovementWorkflow } from './MovementWorkflow';

const option = (name: string, to: string, label: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'MovementTransitionOption',
  name,
  to,
  label,
  reasonRequired: false,
  allowed: true,
  blockers: [],
  ...extra,
});

const movement = {
  __typename: 'Movement',
  id: 'TW92ZW1lbnQ6MQ==',
  status: 'OPEN',
  version: 3,
  allowedTransitions: [option('START_REVIEW', 'REVIEWING', 'Bắt đầu sơ kết, tổng kết')],
};

describe('movement status bar', () => {
  it('takes a step without asking for a reason when none is needed', async () => {
    const mock = {
      request: { query: TransitionMovementDocument, variables: { input: { id: movement.id, to: 'REVIEWING', reason: null, expectedVersion: 3 } } },
      result: {
        data: {
          transitionMovement: {
            __typename: 'MovementPayload',
            movement: {
              ...movement,
              status: 'REVIEWING',
              version: 4,
              allowedTransitions: [
                option('REOPEN', 'OPEN', 'Mở lại triển khai', { reasonRequired: true }),
                option('CONCLUDE', 'CONCLUDED', 'Kết thúc tổng kết'),
              ],
            },
            userErrors: [],
            conflict: null,
          },
        },
      },
    };
    renderWithProviders(<MovementWorkflow movement={movement as never} />, { mocks: [mock] as never[] });
    expect(screen.getByTestId('workflow-status').textContent).toBe('Đang triển khai');
    fireEvent.click(screen.getByTestId('transition-START_REVIEW'));
    expect(await screen.findByText('Đã chuyển trạng thái.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('labels the steps in English when the interface is English', async () => {
    localStorage.setItem('thidua.language', 'en');
    try {
      renderWithProviders(<MovementWorkflow movement={movement as never} />, { viewer: viewerOf('BOARD_OFFICER') });
      expect(screen.getByTestId('transition-START_REVIEW').textContent).toBe('Start review');
      expect(screen.getByTestId('workflow-status').textContent).toBe('Open');
    } finally {
      localStorage.removeItem('thidua.language');
    }
  });
});
