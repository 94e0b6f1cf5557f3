import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType } from 'graphql';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildPublishedDecision } from '../../test-support/matrix/public-lookup.js';
import { buildAffiliation, buildAwardType, buildCommendation, buildDecision, buildHousehold, buildPerson } from '../commendation/commendation.builders.js';
import { createSchema } from '../../core/graphql/schema.js';
import { toGlobalId } from '../../core/graphql/global-id.js';

/**
 * The public lookup, as an anonymous caller sees it: published decisions and their awards only,
 * found without diacritics, with nothing private, and rate limited per address.
 */
let app: TestApp;
let anonymous: Gql;
beforeAll(async () => {
  app = await createTestApp();
  anonymous = app.client({});
});
afterAll(() => app.close());

const AWARD = `id recipientName recipientLine recipientKind year awardName awardLevel achievement
  decision { id number issuedOn issuer subject publishedOn }
  revocation { revokedOn reason decision { number } }`;

async function published(name: string) {
  const decision = await buildPublishedDecision(app.db, { number: `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`, issuedOn: '2023-02-20' });
  const unit = await buildUnit(app.db, { name });
  const award = await buildCommendation(app.db, unit, await buildAwardType(app.db), { decisionId: decision.id, year: 2022 });
  return { decision, unit, award };
}

describe('public lookup', () => {
  it('finds "Hội Nữ Doanh nhân" of a published decision by "hoi nu doanh nhan", anonymously', async () => {
    const { decision, award } = await published('Hội Nữ Doanh nhân Thủy Nguyên');
    const data = ok(await anonymous(`query($s: String) { publicAwards(search: $s) { totalCount nodes { ${AWARD} } } }`, { s: 'hoi nu doanh nhan thuy' }));
    expect(data.publicAwards.totalCount).toBe(1);
    expect(data.publicAwards.nodes[0]).toMatchObject({
      id: gid(award),
      recipientName: 'Hội Nữ Doanh nhân Thủy Nguyên',
      recipientLine: null,
      recipientKind: 'COLLECTIVE',
      year: 2022,
      decision: { id: gid(decision), number: decision.number, issuedOn: '2023-02-20', publishedOn: '2023-03-09' },
      revocation: null,
    });
    // The decision is found by the names it awards too, and by its number.
    const decisions = ok(
      await anonymous(`query($s: String) { publicDecisions(search: $s) { nodes { id awards { nodes { recipientName } } } } }`, {
        s: 'nu doanh nhan thuy nguyen',
      }),
    );
    expect(decisions.publicDecisions.nodes).toEqual([{ id: gid(decision), awards: { nodes: [{ recipientName: 'Hội Nữ Doanh nhân Thủy Nguyên' }] } }]);
    const byNumber = ok(await anonymous(`query($s: String) { publicAwards(search: $s) { nodes { id } } }`, { s: decision.number }));
    expect(byNumber.publicAwards.nodes).toEqual([{ id: gid(award) }]);
  });

  it('shows nothing of an unpublished decision: not by search, not by its id or its awards’ ids', async () => {
    const hidden = await buildDecision(app.db, { subject: 'Về việc tặng Bằng khen chưa công bố' });
    const unit = await buildUnit(app.db, { name: 'Hội Cựu chiến binh Kiến Thụy' });
    const award = await buildCommendation(app.db, unit, await buildAwardType(app.db), { decisionId: hidden.id });
    const person = await buildPerson(app.db, { fullName: 'Trần Thị Bình Kiến' });
    const personal = await buildCommendation(app.db, person, await buildAwardType(app.db, { subjectKinds: ['INDIVIDUAL'] }), { decisionId: hidden.id });

    for (const search of ['cuu chien binh kien thuy', 'tran thi binh kien', 'chua cong bo', hidden.number!]) {
      const data = ok(
        await anonymous(`query($s: String) { publicAwards(search: $s) { totalCount } publicDecisions(search: $s) { totalCount } }`, { s: search }),
      );
      expect({ search, ...data }).toEqual({ search, publicAwards: { totalCount: 0 }, publicDecisions: { totalCount: 0 } });
    }
    const guesses = [gid(award), gid(personal), toGlobalId('Decision', award.id), gid(person), gid(unit), 'not-an-id'];
    for (const id of guesses) {
      const response = await anonymous(`query($id: ID!) { publicAward(id: $id) { id } }`, { id });
      expect(response.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
    }
    for (const id of [gid(hidden), gid(award), 'x']) {
      const response = await anonymous(`query($id: ID!) { publicDecision(id: $id) { id } }`, { id });
      expect(response.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
    }
    // Signed in, the lookup answers the same: publishing decides, not who asks.
    expect((await app.gql(`query($id: ID!) { publicAward(id: $id) { id } }`, { id: gid(award) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const filtered = ok(await anonymous(`query($id: ID) { publicAwards(decisionId: $id) { totalCount } }`, { id: gid(hidden) }));
    expect(filtered.publicAwards.totalCount).toBe(0);
  });

  it("names a person with the position and unit of the award's year, a household with its area, and nothing else of them", async () => {
    const decision = await buildPublishedDecision(app.db, { number: '77/QĐ-UBND' });
    const unit = await buildUnit(app.db, { name: 'Hội Doanh nhân trẻ Hải Phòng' });
    const person = await buildPerson(app.db, { fullName: 'Nguyễn Văn Công Khai', birthYear: 1970, gender: 'MALE', note: 'Ghi chú nội bộ' });
    await buildAffiliation(app.db, person, await buildUnit(app.db, { name: 'Đơn vị cũ' }), {
      position: 'Hội viên',
      startedOn: '2010-01-01',
      endedOn: '2015-12-31',
    });
    await buildAffiliation(app.db, person, unit, { position: 'Chủ tịch', startedOn: '2016-01-01' });
    const personal = await buildCommendation(app.db, person, await buildAwardType(app.db, { subjectKinds: ['INDIVIDUAL'] }), {
      decisionId: decision.id,
      year: 2022,
    });
    const household = await buildHousehold(app.db, { name: 'Hộ ông Lê Văn Mẫu', area: 'Huyện Tiên Lãng', address: 'Số 5 ngõ 7' });
    const family = await buildCommendation(app.db, household, await buildAwardType(app.db, { subjectKinds: ['HOUSEHOLD'] }), { decisionId: decision.id });

    const one = async (id: string) => ok(await anonymous(`query($id: ID!) { publicAward(id: $id) { ${AWARD} } }`, { id })).publicAward;
    expect(await one(gid(personal))).toMatchObject({
      recipientName: 'Nguyễn Văn Công Khai',
      recipientLine: 'Chủ tịch, Hội Doanh nhân trẻ Hải Phòng',
      recipientKind: 'INDIVIDUAL',
    });
    expect(await one(gid(family))).toMatchObject({ recipientName: 'Hộ ông Lê Văn Mẫu', recipientLine: 'Huyện Tiên Lãng', recipientKind: 'HOUSEHOLD' });
    const text = JSON.stringify(ok(await anonymous(`query($id: ID!) { publicDecision(id: $id) { awards { nodes { ${AWARD} } } } }`, { id: gid(decision) })));
    for (const secret of ['1970', 'MALE', 'Ghi chú nội bộ', 'Số 5 ngõ 7', 'Cán bộ Ban']) expect(text).not.toContain(secret);
  });

  it('publishes a revocation with its reason only when the revoking decision is published', async () => {
    const { award } = await published('Hợp tác xã Thu Hồi');
    const revoking = await buildDecision(app.db, { subject: 'Về việc thu hồi Bằng khen' });
    await app.db.query(
      `UPDATE commendation SET status = 'REVOKED', revoked_on = '2024-01-10', revocation_reason = 'Khai man thành tích', revocation_decision_id = $2 WHERE id = $1`,
      [award.id, revoking.id],
    );
    const query = `query($id: ID!) { publicAward(id: $id) { revocation { revokedOn reason decision { subject } } } }`;
    expect(ok(await anonymous(query, { id: gid(award) })).publicAward.revocation).toEqual({ revokedOn: '2024-01-10', reason: null, decision: null });
    await app.db.query(`UPDATE decision SET published_on = '2024-01-12', published_by = 'Cán bộ Ban' WHERE id = $1`, [revoking.id]);
    expect(ok(await anonymous(query, { id: gid(award) })).publicAward.revocation).toEqual({
      revokedOn: '2024-01-10',
      reason: 'Khai man thành tích',
      decision: { subject: 'Về việc thu hồi Bằng khen' },
    });
  });

  it('filters by year and issuer, and pages with cursors', async () => {
    const issuer = 'UBND tỉnh Lọc Thử';
    const decision = await buildPublishedDecision(app.db, { issuer, issuedOn: '2021-05-01' });
    const type = await buildAwardType(app.db);
    for (let i = 0; i < 3; i += 1)
      await buildCommendation(app.db, await buildUnit(app.db, { name: `Đơn vị lọc ${i}` }), type, { decisionId: decision.id, year: 2020 });
    const first = ok(
      await anonymous(`query($i: String) { publicAwards(issuer: $i, year: 2020, first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {
        i: issuer,
      }),
    );
    expect(first.publicAwards).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = ok(
      await anonymous(`query($i: String, $a: String) { publicAwards(issuer: $i, year: 2020, first: 2, after: $a) { nodes { id } pageInfo { hasNextPage } } }`, {
        i: issuer,
        a: first.publicAwards.pageInfo.endCursor,
      }),
    );
    expect(rest.publicAwards.nodes).toHaveLength(1);
    expect(new Set([...first.publicAwards.nodes, ...rest.publicAwards.nodes].map((n: { id: string }) => n.id)).size).toBe(3);
    expect(ok(await anonymous(`query($i: String) { publicAwards(issuer: $i, year: 2021) { totalCount } }`, { i: issuer })).publicAwards.totalCount).toBe(0);
    expect(ok(await anonymous(`query($i: String) { publicDecisions(issuer: $i, year: 2021) { totalCount } }`, { i: issuer })).publicDecisions.totalCount).toBe(
      1,
    );
    const facets = ok(await anonymous(`{ publicFacets { issuers years } }`)).publicFacets;
    expect(facets.issuers).toContain(issuer);
    expect(facets.years).toEqual(expect.arrayContaining([2021, 2020]));
  });
});

describe('public types', () => {
  it('carry only an allow-list of fields: what a published decision states', async () => {
    const schema = await createSchema();
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as { getFields(): object }).getFields()).sort();
    expect(fieldsOf('PublicDecision')).toEqual([
      'awards',
      'id',
      'issuedOn',
      'issuer',
      'issuerLevel',
      'number',
      'publishedOn',
      'signer',
      'signerTitle',
      'subject',
    ]);
    expect(fieldsOf('PublicAward')).toEqual(
      [
        'achievement',
        'awardCategory',
        'awardLevel',
        'awardName',
        'awardNameEn',
        'decision',
        'id',
        'recipientKind',
        'recipientLine',
        'recipientName',
        'revocation',
        'year',
      ].sort(),
    );
    expect(fieldsOf('PublicRevocation')).toEqual(['decision', 'reason', 'revokedOn']);
    // What the public root fields reach is public types, connections and scalars only: never a record type.
    const reached = new Set<string>();
    const visit = (name: string) => {
      if (reached.has(name)) return;
      reached.add(name);
      const type = schema.getType(name);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name);
    };
    for (const field of ['publicDecisions', 'publicDecision', 'publicAwards', 'publicAward', 'publicFacets']) {
      visit(getNamedType(schema.getQueryType()!.getFields()[field]!.type).name);
    }
    const objects = [...reached].filter((name) => isObjectType(schema.getType(name)));
    expect(objects.sort()).toEqual(
      [
        'PageInfo',
        'PublicAward',
        'PublicAwardConnection',
        'PublicAwardEdge',
        'PublicDecision',
        'PublicDecisionConnection',
        'PublicDecisionEdge',
        'PublicFacets',
        'PublicRevocation',
      ].sort(),
    );
  });

  it('refuse private fields at validation, nothing resolved', async () => {
    const { award } = await published('Hội Luật gia Thử');
    for (const field of ['birthYear', 'gender', 'note', 'person { birthYear }', 'dossierLine { id }', 'presentedBy', 'searchText']) {
      const response = await anonymous(`query($id: ID!) { publicAward(id: $id) { ${field} } }`, { id: gid(award) });
      expect(response.status, field).toBe(400);
      expect(response.errors?.[0]?.extensions?.code, field).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.data, field).toBeUndefined();
    }
    const decision = await anonymous(`{ publicDecisions { nodes { note publishedBy } } }`);
    expect(decision.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('publishing', () => {
  it('is the Board’s: publish puts the decision and its awards on the lookup, unpublish takes them off, both in the history', async () => {
    const decision = await buildDecision(app.db, { issuedOn: '2023-01-10', subject: 'Về việc tặng Cờ thi đua Công bố Thử' });
    await buildCommendation(app.db, await buildUnit(app.db), await buildAwardType(app.db), { decisionId: decision.id });
    const count = async () => ok(await anonymous(`{ publicDecisions(search: "co thi dua cong bo thu") { totalCount } }`)).publicDecisions.totalCount;
    expect(await count()).toBe(0);

    const publish = `mutation($input: PublishDecisionInput!) { publishDecision(input: $input) { decision { version publishedOn publishedBy } userErrors { code field } conflict { kind } } }`;
    const unpublish = `mutation($input: UnpublishDecisionInput!) { unpublishDecision(input: $input) { decision { version publishedOn } userErrors { code field } conflict { kind } } }`;
    const early = ok(await app.gql(publish, { input: { id: gid(decision), expectedVersion: decision.version, publishedOn: '2023-01-09' } })).publishDecision;
    expect(early.userErrors).toEqual([{ code: 'OUT_OF_RANGE', field: ['publishedOn'] }]);
    const done = ok(await app.gql(publish, { input: { id: gid(decision), expectedVersion: decision.version, publishedOn: '2023-01-15' } })).publishDecision;
    expect(done).toMatchObject({ decision: { publishedOn: '2023-01-15', publishedBy: expect.any(String) }, userErrors: [], conflict: null });
    expect(await count()).toBe(1);
    const again = ok(await app.gql(publish, { input: { id: gid(decision), expectedVersion: done.decision.version } })).publishDecision;
    expect(again.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['id'] }]);
    // At the version before publishing, withdrawing is a conflict: someone published since.
    const stale = ok(await app.gql(unpublish, { input: { id: gid(decision), expectedVersion: decision.version } })).unpublishDecision;
    expect(stale.conflict).toEqual({ kind: 'EDITED' });
    expect(await count()).toBe(1);
    const off = ok(await app.gql(unpublish, { input: { id: gid(decision), expectedVersion: done.decision.version } })).unpublishDecision;
    expect(off).toMatchObject({ decision: { publishedOn: null }, userErrors: [] });
    expect(await count()).toBe(0);

    const history = ok(await app.gql(`query($id: ID!) { decision(id: $id) { history { nodes { changes { field before after } } } } }`, { id: gid(decision) }));
    const fields = history.decision.history.nodes.flatMap((n: { changes: { field: string }[] }) => n.changes.map((c) => c.field));
    expect(fields.filter((f: string) => f === 'publishedOn')).toHaveLength(2);
  });
});

describe('rate limit of anonymous lookups', () => {
  const QUERY = '{ publicAwards(first: 5) { nodes { recipientName awardName decision { number } } } }';

  it('answers 429 RATE_LIMITED with Retry-After past the bucket, on every instance, and changes nothing else', async () => {
    const cost = ((await app.gql(QUERY)).extensions!.cost as { requested: number }).requested;
    expect(cost).toBeGreaterThan(10);
    const limited = await createTestApp({ publicLookupRateCapacity: cost * 3, publicLookupRatePerSecond: 1 });
    const other = await limited.anotherInstance();
    try {
      const send = (url: string) =>
        fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      for (let i = 0; i < 3; i += 1) expect((await send(i === 1 ? other.url : limited.url)).status).toBe(200);
      const before = await fingerprint(limited.db);
      for (const url of [limited.url, other.url]) {
        const refused = await send(url);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await refused.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
        expect(body.data).toBeUndefined();
      }
      // A refused request writes nothing, its bucket included.
      expect(await fingerprint(limited.db)).toEqual(before);
      // Signed-in officers are not limited by the address's bucket.
      expect(ok(await limited.gql(QUERY)).publicAwards).toBeDefined();
    } finally {
      await other.close();
      await limited.close();
    }
  });
});
