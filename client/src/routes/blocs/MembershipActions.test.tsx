import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RemoveBlocMembershipDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MembershipActions } from './MembershipActions';

const membership = { id: 'QmxvY01lbWJlcnNoaXA6MQ', fromYear: 2020, toYear: null, version: 3, unit: { name: 'Hội Nữ Doanh nhân Hải Phòng' } };

describe('removing a membership', () => {
  it('sends the version on screen', async () => {
    const removed = vi.fn(() => ({
      data: { removeBlocMembership: { __typename: 'RemoveBlocMembershipPayload', deletedId: membership.id, userErrors: [], conflict: null } },
    }));
    renderWithProviders(<MembershipActions membership={membership} year={2024} />, {
      mocks: [{ request: { query: RemoveBlocMembershipDocument, variables: { id: membership.id, expectedVersion: 3 } }, result: removed }],
    });
    fireEvent.click(screen.getByTestId('remove-membership'));
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(removed).toHaveBeenCalled());
  });
});
