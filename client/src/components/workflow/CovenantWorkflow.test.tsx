import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { TransitionCovenantDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CovenantWorkflow } from './CovenantWorkflow';

const option = (name: string, to: string, label: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'CovenantTransitionOption',
  name,
  to,
  label,
  reasonRequired: false,
  allowed: true,
  blockers: [],
  ...extra,
});

const covenant = {
  __typename: 'Covenant',
  id: 'Q292OjE=',
  status: 'READY_TO_SIGN',
  version: 4,
  allowedTransitions: [
    option('REOPEN_COMMENT', 'IN_COMMENT', 'Mở lại lấy ý kiến', { reasonRequired: true }),
    option('MARK_SIGNED', 'SIGNED', 'Xác nhận đã ký kết', {
      allowed: false,
      blockers: [{ __typename: 'UserError', field: ['to'], code: 'NOT_ALL_SIGNED', message: 'Mới 4/5 đơn vị thành viên ký giao ước; còn 1 đơn vị chưa ký.' }],
    }),
  ],
};

const reopened = {
  ...covenant,
  status: 'IN_COMMENT',
  version: 5,
  allowedTransitions: [
    option('BACK_TO_DRAFT', 'DRAFT', 'Trả về dự thảo', { reasonRequired: true }),
    option('READY_TO_SIGN', 'READY_TO_SIGN', 'Chốt nội dung, sẵn sàng ký'),
  ],
};

const transitionMock = {
  request: {
    query: TransitionCovenantDocument,
    variables: { input: { id: 'Q292OjE=', to: 'IN_COMMENT', reason: 'Bổ sung nhiệm vụ chuyển đổi số', expectedVersion: 4 } },
  },
  result: { data: { transitionCovenant: { __typename: 'CovenantPayload', covenant: reopened, userErrors: [], conflict: null } } },
};

describe('covenant status bar', () => {
  it('shows the status, the steps, and a blocked step disabled with its reason', async () => {
    renderWithProviders(<CovenantWorkflow covenant={covenant as never} />);
    expect(screen.getByTestId('workflow-status').textContent).toBe('Sẵn sàng ký');
    expect(within(screen.getByTestId('workflow-bar')).getByText('Tự chấm điểm')).toBeTruthy();
    const sign = screen.getByTestId('transition-MARK_SIGNED') as HTMLButtonElement;
    expect(sign.disabled).toBe(true);
    fireEvent.mouseEnter(sign);
    fireEvent.mouseOver(sign);
    fireEvent.pointerEnter(sign);
    expect(await screen.findByText('Mới 4/5 đơn vị thành viên ký giao ước; còn 1 đơn vị chưa ký.')).toBeTruthy();
  });

  it('asks for the reason a step needs, then sends it with the version seen', async () => {
    renderWithProviders(<CovenantWorkflow covenant={covenant as never} />, { mocks: [transitionMock] as never[] });
    fireEvent.click(screen.getByTestId('transition-REOPEN_COMMENT'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('Chuyển trạng thái'));
    expect(await within(dialog).findByText('Cần nêu lý do cho bước này.')).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('transition-reason'), { target: { value: 'Bổ sung nhiệm vụ chuyển đổi số' } });
    fireEvent.click(within(dialog).getByText('Chuyển trạng thái'));
    expect(await screen.findByText('Đã chuyển trạng thái.')).toBeTruthy();
  });
});
