import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AwardTypeOptionsDocument, BlocOptionsDocument, CommendationsPageDocument, NodeLabelsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as CommendationsPage } from './CommendationsPage';
import { commendationFilter } from './commendationFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];
const anyVariables = () => true;

describe('commendation list filter', () => {
  it('reads every filter from the URL and ignores values outside the vocabularies', () => {
    expect(
      commendationFilter(
        params({ year: '2022', award: 'QXQ6MQ==', level: 'PROVINCE', subject: 'COLLECTIVE', unitKind: 'ASSOCIATION', status: 'AWARDED', bloc: 'QmxvYzox' }),
      ),
    ).toEqual({
      year: { eq: 2022 },
      awardTypeId: { eq: 'QXQ6MQ==' },
      awardLevel: { eq: 'PROVINCE' },
      subjectKind: { eq: 'COLLECTIVE' },
      unitKind: { eq: 'ASSOCIATION' },
      status: { eq: 'AWARDED' },
      blocId: { eq: 'QmxvYzox' },
    });
    expect(commendationFilter(params({ year: 'năm ngoái', level: 'WORLD', status: 'LOST' }))).toEqual({});
  });
});

describe('commendation list', () => {
  it('links each recipient and decision, and sends the URL filters and sort to the server', async () => {
    let asked: Record<string, unknown> = {};
    const mocks = [
      {
        request: { query: BlocOptionsDocument, variables: anyVariables },
        result: { data: { blocs: { __typename: 'BlocConnection', nodes: [] } } },
        maxUsageCount: Infinity,
      },
      {
        request: { query: AwardTypeOptionsDocument, variables: anyVariables },
        result: { data: { awardTypes: { __typename: 'AwardTypeConnection', nodes: [] } } },
        maxUsageCount: Infinity,
      },
      { request: { query: NodeLabelsDocument, variables: anyVariables }, result: { data: { nodes: [] } }, maxUsageCount: Infinity },
      {
        request: { query: CommendationsPageDocument, variables: (v: Record<string, unknown>) => ((asked = v), true) },
        result: {
          data: {
            commendations: {
              __typename: 'CommendationConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
              nodes: [
                {
                  __typename: 'Commendation',
                  id: 'Q29tOjE=',
                  year: 2022,
                  status: 'AWARDED',
                  subjectKind: 'COLLECTIVE',
                  achievement: 'Dẫn đầu Khối thi đua năm 2022',
                  unit: { __typename: 'Unit', id: 'VW5pdDox', name: 'Liên minh Hợp tác xã thành phố Hải Phòng' },
                  subject: { __typename: 'Unit', id: 'VW5pdDox', name: 'Liên minh Hợp tác xã thành phố Hải Phòng' },
                  person: null,
                  household: null,
                  awardType: { __typename: 'AwardType', id: 'QXQ6MQ==', nameVi: 'Cờ thi đua của UBND tỉnh', nameEn: 'Provincial Emulation Flag' },
                  decision: { __typename: 'Decision', id: 'RGVjOjE=', number: null, issuer: 'UBND thành phố Hải Phòng', issuedOn: null },
                  version: 1,
                  kind: 'MERIT',
                  note: null,
                  movement: null,
                  bloc: null,
                  presentedAt: null,
                  presentedBy: null,
                },
              ],
            },
          },
        },
      },
    ];
    renderWithProviders(<CommendationsPage />, { mocks, route: '/commendations?status=AWARDED&sort=AWARD_RANK&dir=DESC' });
    const unit = await screen.findByText('Liên minh Hợp tác xã thành phố Hải Phòng');
    expect(unit.closest('a')?.getAttribute('href')).toBe('/units/VW5pdDox');
    expect(screen.getByText('(không số)').closest('a')?.getAttribute('href')).toBe('/decisions/RGVjOjE%3D');
    expect(within(screen.getByRole('table')).getByText('Đã quyết định')).toBeTruthy();
    expect(screen.getByTestId('record-commendations').textContent).toContain('Nhập khen thưởng theo quyết định');
    expect(asked.filter).toEqual({ status: { eq: 'AWARDED' } });
    expect(asked.orderBy).toEqual([{ field: 'AWARD_RANK', direction: 'DESC' }]);
  });
});
