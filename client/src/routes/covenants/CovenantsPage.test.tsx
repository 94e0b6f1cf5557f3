import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { BlocOptionsDocument, CovenantsPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as CovenantsPage } from './CovenantsPage';
import { covenantsFilter, signingProgress } from './covenantsFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];

describe('covenant list', () => {
  it('reads bloc, year and status from the URL', () => {
    expect(covenantsFilter(params({ bloc: 'QmxvYzox', year: '2023', status: 'SIGNED' }))).toEqual({
      blocId: { eq: 'QmxvYzox' },
      year: { eq: 2023 },
      status: { eq: 'SIGNED' },
    });
    expect(covenantsFilter(params({ year: '20x3', status: 'LOST' }))).toEqual({});
  });

  it('counts signatures against members', () => {
    expect(signingProgress(3, 5)).toEqual({ text: '3/5', complete: false });
    expect(signingProgress(5, 5)).toEqual({ text: '5/5', complete: true });
    expect(signingProgress(0, 0)).toEqual({ text: '0/0', complete: false });
  });

  it('shows the year from the URL to the server and links each covenant with its signing count', async () => {
    let asked: Record<string, unknown> = {};
    const mocks = [
      {
        request: { query: BlocOptionsDocument, variables: () => true },
        result: { data: { blocs: { __typename: 'BlocConnection', nodes: [] } } },
        maxUsageCount: Infinity,
      },
      {
        request: { query: CovenantsPageDocument, variables: (v: Record<string, unknown>) => ((asked = v), true) },
        result: {
          data: {
            covenants: {
              __typename: 'CovenantConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
              nodes: [
                {
                  __typename: 'Covenant',
                  id: 'Q292OjE=',
                  year: 2023,
                  title: 'Giao ước thi đua năm 2023',
                  status: 'SIGNED',
                  signedCount: 3,
                  memberCount: 5,
                  bloc: { __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối thi đua Doanh nghiệp 2' },
                },
              ],
            },
          },
        },
      },
    ];
    renderWithProviders(<CovenantsPage />, { mocks, route: '/covenants?year=2023' });
    const link = await screen.findByText('Giao ước thi đua năm 2023');
    expect(link.closest('a')?.getAttribute('href')).toBe('/covenants/Q292OjE%3D');
    expect(screen.getByTestId('covenant-signed').textContent).toContain('3/5');
    expect(screen.getByText('Đã ký kết')).toBeTruthy();
    expect(asked.filter).toEqual({ year: { eq: 2023 } });
    expect(asked.orderBy).toEqual([{ field: 'YEAR', direction: 'DESC' }]);
  });
});
