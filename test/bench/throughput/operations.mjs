/**
 * The operations measured, each twice: as the GraphQL operation the web app or a partner sends, and
 * as the one prepared SQL statement of the hand-written reference that builds the same JSON.
 * `params` are computed once from the dataset (ids, cursors) and shared by both sides.
 */
import { BLOC_YEAR } from './dataset.mjs';

/** A global id in SQL, as the API writes it: base64url("Type:uuid"). */
const gid = (type, column) => `rtrim(translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

const unitNode = (alias) => `json_build_object('id', ${gid('Unit', `${alias}.id`)}, 'name', ${alias}.name, 'kind', ${alias}.kind, 'area', ${alias}.area)`;
const cursorOf = (alias) =>
  `rtrim(translate(encode(convert_to('[' || to_json(${alias}.name)::text || ',' || to_json(${alias}.id)::text || ']', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

const unitsPage = (where) => `
  SELECT json_build_object('data', json_build_object('units', json_build_object(
    'pageInfo', json_build_object('hasNextPage', count(*) > 20, 'endCursor', (array_agg(cursor ORDER BY name, id))[least(count(*), 20)]),
    'nodes', coalesce(json_agg(node ORDER BY name, id) FILTER (WHERE n <= 20), '[]'))))::text
  FROM (SELECT u.name, u.id, ${unitNode('u')} AS node, ${cursorOf('u')} AS cursor, row_number() OVER (ORDER BY u.name, u.id) AS n
        FROM unit u WHERE ${where} ORDER BY u.name, u.id LIMIT 21) page`;

export const operations = [
  {
    name: 'units page, filter and order',
    label: 'Trang đơn vị có lọc, sắp xếp (units page)',
    query: `query($kind: UnitKind!, $area: String!) { units(first: 20, filter: { kind: { eq: $kind }, area: { contains: $area } }, orderBy: [{ field: NAME, direction: ASC }]) {
      pageInfo { hasNextPage endCursor } nodes { id name kind area } } }`,
    variables: () => ({ kind: 'ASSOCIATION', area: 'Khu vực 1' }),
    sql: unitsPage('u.kind = $1 AND lower(unaccent(u.area)) LIKE $2'),
    sqlParams: () => ['ASSOCIATION', '%khu vuc 1%'],
  },
  {
    name: 'units page 200 by cursor',
    label: 'Trang 200 của danh sách đơn vị, theo con trỏ (page 200)',
    query: `query($after: String!) { units(first: 20, after: $after, orderBy: [{ field: NAME, direction: ASC }]) { pageInfo { hasNextPage endCursor } nodes { id name kind area } } }`,
    variables: (p) => ({ after: p.page200Cursor }),
    sql: unitsPage('(u.name, u.id) > ($1::varchar COLLATE "vi-VN-x-icu", $2::uuid)'),
    sqlParams: (p) => p.page200Key,
  },
  {
    name: 'record page',
    label: 'Trang một đơn vị: khối và khen thưởng (record page)',
    query: `query($id: ID!) { unit(id: $id) { id name kind area version
      blocMemberships { id fromYear toYear bloc { id name code } }
      commendations(first: 20) { nodes { id year achievement status awardType { id nameVi } decision { id number issuedOn } } } } }`,
    variables: (p) => ({ id: p.unitGid }),
    sql: `
      SELECT json_build_object('data', json_build_object('unit', json_build_object('id', ${gid('Unit', 'u.id')}, 'name', u.name, 'kind', u.kind, 'area', u.area, 'version', u.version,
        'blocMemberships', (SELECT coalesce(json_agg(json_build_object('id', ${gid('BlocMembership', 'm.id')}, 'fromYear', m.from_year, 'toYear', m.to_year,
            'bloc', json_build_object('id', ${gid('Bloc', 'b.id')}, 'name', b.name, 'code', b.code)) ORDER BY m.from_year, b.name), '[]')
          FROM bloc_membership m JOIN bloc b ON b.id = m.bloc_id WHERE m.unit_id = u.id),
        'commendations', json_build_object('nodes', (SELECT coalesce(json_agg(c.node ORDER BY c.year DESC, c.id), '[]') FROM (
          SELECT c.year, c.id, json_build_object('id', ${gid('Commendation', 'c.id')}, 'year', c.year, 'achievement', c.achievement, 'status', c.status,
            'awardType', json_build_object('id', ${gid('AwardType', 'a.id')}, 'nameVi', a.name_vi),
            'decision', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', ${gid('Decision', 'd.id')}, 'number', d.number, 'issuedOn', d.issued_on) END) AS node
          FROM commendation c JOIN award_type a ON a.id = c.award_type_id LEFT JOIN decision d ON d.id = c.decision_id
          WHERE c.unit_id = u.id ORDER BY c.year DESC, c.id LIMIT 20) c)))))::text
      FROM unit u WHERE u.id = $1`,
    sqlParams: (p) => [p.unitId],
  },
  {
    name: 'bloc members commendations',
    label: 'Khối → 100 thành viên → khen thưởng một năm (bloc → members → commendations)',
    query: `query($id: ID!, $year: Int!) { bloc(id: $id) { id name members(year: $year) { unit { id name
      commendations(first: 20, filter: { year: { eq: $year } }) { nodes { id achievement awardType { id nameVi } } } } } } }`,
    variables: (p) => ({ id: p.blocGid, year: BLOC_YEAR }),
    sql: `
      SELECT json_build_object('data', json_build_object('bloc', json_build_object('id', ${gid('Bloc', 'b.id')}, 'name', b.name,
        'members', (SELECT coalesce(json_agg(json_build_object('unit', json_build_object('id', ${gid('Unit', 'u.id')}, 'name', u.name,
            'commendations', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object('id', ${gid('Commendation', 'c.id')}, 'achievement', c.achievement,
                'awardType', json_build_object('id', ${gid('AwardType', 'a.id')}, 'nameVi', a.name_vi)) ORDER BY c.id), '[]')
              FROM (SELECT * FROM commendation c WHERE c.unit_id = u.id AND c.year = $2 ORDER BY c.id LIMIT 20) c JOIN award_type a ON a.id = c.award_type_id))))
            ORDER BY u.name, u.id), '[]')
          FROM bloc_membership m JOIN unit u ON u.id = m.unit_id
          WHERE m.bloc_id = b.id AND m.from_year <= $2 AND (m.to_year IS NULL OR m.to_year >= $2)))))::text
      FROM bloc b WHERE b.id = $1`,
    sqlParams: (p) => [p.blocId, BLOC_YEAR],
  },
  {
    name: 'commendation stats',
    label: 'Thống kê khen thưởng theo năm và danh hiệu (stats by year, award)',
    query: `{ commendationStats(groupBy: [YEAR, AWARD_TYPE]) { count key { year awardType { id nameVi } } } }`,
    variables: () => ({}),
    sql: `
      SELECT json_build_object('data', json_build_object('commendationStats', coalesce(json_agg(json_build_object('count', s.count,
        'key', json_build_object('year', s.year, 'awardType', json_build_object('id', ${gid('AwardType', 'a.id')}, 'nameVi', a.name_vi))) ORDER BY s.year, a.rank DESC, a.code), '[]')))::text
      FROM (SELECT year, award_type_id, count(*)::int AS count FROM commendation GROUP BY year, award_type_id) s JOIN award_type a ON a.id = s.award_type_id`,
    sqlParams: () => [],
  },
  {
    name: 'covenant sheet',
    label: 'Giao ước: tiêu chí × thành viên đã ký (covenant sheet)',
    query: `query($id: ID!) { covenant(id: $id) { id title status
      criteria { id title maxScore kind } signatures { id signedOn unit { id name } } } }`,
    variables: (p) => ({ id: p.covenantGid }),
    sql: `
      SELECT json_build_object('data', json_build_object('covenant', json_build_object('id', ${gid('Covenant', 'v.id')}, 'title', v.title, 'status', v.status,
        'criteria', (SELECT coalesce(json_agg(json_build_object('id', ${gid('CovenantCriterion', 'k.id')}, 'title', k.title, 'maxScore', k.max_score, 'kind', k.kind) ORDER BY k.rank), '[]')
          FROM covenant_criterion k WHERE k.covenant_id = v.id),
        'signatures', (SELECT coalesce(json_agg(json_build_object('id', ${gid('CovenantSignature', 's.id')}, 'signedOn', s.signed_on,
            'unit', json_build_object('id', ${gid('Unit', 'u.id')}, 'name', u.name)) ORDER BY s.signed_on, s.created_at, s.id), '[]')
          FROM covenant_signature s JOIN unit u ON u.id = s.unit_id WHERE s.covenant_id = v.id))))::text
      FROM covenant v WHERE v.id = $1`,
    sqlParams: (p) => [p.covenantId],
  },
];
