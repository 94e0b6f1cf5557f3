import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { publicAwardPath, publicDecisionPath } from '@thidua/shared';
import { renderWithProviders } from '../../test/renderWithProviders';
import { PublicAwardPageDocument } from '../../gql/graphql';
import { Component as AwardPage } from './PublicAwardPage';

const decision = {
  __typename: 'PublicDecision',
  id: 'RGVjaXNpb246MQ',
  number: '183/QĐ-UBND',
  issuedOn: '2024-01-15',
  issuer: 'UBND thành phố Hải Phòng',
  signer: 'Nguyễn Văn Tùng',
  signerTitle: 'Chủ tịch',
  subject: 'Về việc tặng Bằng khen',
  publishedOn: '2024-01-20',
};
const award = {
  __typename: 'PublicAward',
  id: 'Q29tbWVuZGF0aW9uOjE',
  recipientName: 'Nguyễn Thị Hoa',
  recipientLine: 'Chủ tịch, Hội Nữ Doanh nhân Hải Phòng',
  awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
  year: 2023,
  achievement: 'Đã có thành tích xuất sắc',
  decision,
  revocation: { __typename: 'PublicRevocation', revokedOn: '2024-06-01', reason: 'Khai man thành tích', decision: null },
};

describe('public award page', () => {
  it('shows the record as the decision states it, its revocation and its QR code, from the path a certificate prints', async () => {
    const mocks = [{ request: { query: PublicAwardPageDocument, variables: { id: award.id } }, result: { data: { publicAward: award } } }];
    renderWithProviders(<AwardPage />, { mocks, route: publicAwardPath(award.id), path: '/tra-cuu/khen-thuong/:id' });
    expect((await screen.findByTestId('public-recipient')).textContent).toBe('Nguyễn Thị Hoa');
    expect(screen.getByText('Chủ tịch, Hội Nữ Doanh nhân Hải Phòng')).toBeTruthy();
    expect(screen.getByTestId('public-decision-number').getAttribute('href')).toBe(publicDecisionPath(decision.id));
    expect(screen.getByTestId('public-decision-number').textContent).toContain('183/QĐ-UBND');
    expect(screen.getByTestId('public-decision-date').textContent).toBe('15/01/2024');
    expect(screen.getByText(/đã bị thu hồi ngày 01\/06\/2024/)).toBeTruthy();
    expect(screen.getByText('Lý do: Khai man thành tích')).toBeTruthy();
    expect(screen.getByTestId('public-qr')).toBeTruthy();
  });

  it('says an unpublished or unknown record is not found, in Vietnamese', async () => {
    const mocks = [
      {
        request: { query: PublicAwardPageDocument, variables: { id: 'x' } },
        result: { errors: [new GraphQLError('no', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ];
    renderWithProviders(<AwardPage />, { mocks, route: '/tra-cuu/khen-thuong/x', path: '/tra-cuu/khen-thuong/:id' });
    expect((await screen.findByTestId('public-error')).textContent).toContain('quyết định chưa được công bố');
  });
});
