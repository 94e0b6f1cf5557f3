import { BlocPageDocument } from '../../gql/graphql';

/** The bloc page's answers in the tests: a bloc (version 7) with two members since 2022, by year. */
export const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
export const coop = unit('u1', 'Liên minh Hợp tác xã thành phố Hải Phòng');
export const sme = unit('u2', 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố');
export const membership = (id: string, u: ReturnType<typeof unit>) => ({
  __typename: 'BlocMembership',
  id,
  fromYear: 2022,
  toYear: null,
  note: null,
  version: 1,
  unit: u,
});

export const bloc = (year: number) => ({
  __typename: 'Bloc',
  id: 'QmxvYzox',
  name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố',
  kind: 'BLOC',
  version: 7,
  code: 'HP-LHH-DN',
  level: 'PROVINCE',
  area: 'Hải Phòng',
  description: null,
  parent: null,
  ownerUnit: null,
  children: [],
  foundingDecision: {
    __typename: 'Decision',
    id: 'RGVjOjE=',
    number: '889/QĐ-UBND',
    issuedOn: '2022-03-31',
    issuer: 'UBND thành phố Hải Phòng',
    subject: 'Về việc tổ chức Cụm, Khối thi đua',
  },
  memberships: [membership('m1', coop), membership('m2', sme)],
  members: [
    { __typename: 'BlocMember', year, roles: ['MEMBER'], isLeading: year === 2022, unit: coop, membership: membership('m1', coop) },
    { __typename: 'BlocMember', year, roles: year === 2023 ? ['HEAD', 'MEMBER'] : ['MEMBER'], isLeading: false, unit: sme, membership: membership('m2', sme) },
  ],
  head: year === 2023 ? sme : null,
  deputy: null,
  leader: year === 2022 ? { __typename: 'BlocLeader', id: 'l1', note: 'Cờ thi đua', unit: coop } : null,
  yearRoles: [{ __typename: 'BlocYearRole', id: 'r1', year: 2023, role: 'HEAD', unit: sme }],
  leaders: [{ __typename: 'BlocLeader', id: 'l1', year: 2022, note: 'Cờ thi đua', unit: coop }],
  covenants: [{ __typename: 'Covenant', id: 'Q292OjE=', year: 2023, title: 'Giao ước thi đua năm 2023', status: 'SIGNED', signedCount: 2, memberCount: 2 }],
  covenant: year === 2023 ? { __typename: 'Covenant', id: 'Q292OjE=' } : null,
  commendations: { __typename: 'CommendationConnection', totalCount: 0, nodes: [] },
});

export const blocMock = (year: number) => ({
  request: { query: BlocPageDocument, variables: { id: 'QmxvYzox', year } },
  result: { data: { bloc: bloc(year) } },
  maxUsageCount: Infinity,
});
