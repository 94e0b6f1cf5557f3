import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAwardCatalogue } from '../modules/award-type/index.js';
import { entities } from '../modules/entities.js';
import { createTestApp, ok, type TestApp } from '../test-support/app.js';
import { loadDemoData } from './demo.js';
import { seedOnFirstStart } from './index.js';

/** The demo data holds the facts of the five source articles, and loading it again changes nothing. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  expect(await seedOnFirstStart(app.db)).toBe(true);
});
afterAll(() => app.close());

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of entities) counts[entity.name] = await app.db.manager.count(entity);
  return counts;
}

describe('demo data', () => {
  it('loads once on first start, and loading it again changes nothing', async () => {
    const before = await rowCounts();
    expect(await seedOnFirstStart(app.db)).toBe(false);
    await app.db.transaction((em) => loadDemoData(em));
    expect(await rowCounts()).toEqual(before);
  });

  it('answers who led the Hải Phòng associations bloc in 2022 and under which decision it got its flag (seed 000)', async () => {
    const data = ok(
      await app.gql(`{
      blocs(search: "khoi thi dua lien hiep hoi") { nodes {
        name foundingDecision { number issuedOn issuer }
        leader(year: 2022) { unit { name } }
        head(year: 2023) { name }
        members(year: 2023) { unit { name } isLeading }
        covenant(year: 2023) { signedCount memberCount criteria { number title } signingEvent { heldOn venue attendees } }
        leaderFlag: members(year: 2022) { unit { name commendations(filter: { year: { eq: 2022 } }) { nodes { awardType { code nameVi } achievement decision { issuer number note } presentedBy } } } }
      } } }`),
    );
    const [bloc] = data.blocs.nodes;
    expect(bloc.name).toBe('Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố');
    expect(bloc.foundingDecision).toEqual({ number: '889/QĐ-UBND', issuedOn: '2022-03-31', issuer: 'UBND thành phố Hải Phòng' });
    expect(bloc.leader.unit.name).toBe('Liên minh Hợp tác xã thành phố Hải Phòng');
    expect(bloc.head.name).toBe('Hiệp hội Doanh nghiệp nhỏ và vừa thành phố');
    expect(bloc.members).toHaveLength(5);
    expect(bloc.covenant.criteria).toHaveLength(5);
    expect(bloc.covenant.criteria[4].title).toContain('không nêu nội dung');
    expect(bloc.covenant).toMatchObject({
      signedCount: 5,
      memberCount: 5,
      signingEvent: { heldOn: '2023-03-01', venue: 'Hiệp hội doanh nghiệp nhỏ và vừa thành phố' },
    });
    expect(bloc.covenant.signingEvent.attendees).toContain('Nguyễn Hoàng Bí');
    const leader = bloc.leaderFlag.find((m: any) => m.unit.name === 'Liên minh Hợp tác xã thành phố Hải Phòng');
    expect(leader.unit.commendations.nodes).toEqual([
      expect.objectContaining({
        awardType: { code: 'CO_THI_DUA_UBND_TINH', nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố' },
        achievement: expect.stringContaining('dẫn đầu Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố năm 2022'),
        decision: expect.objectContaining({ issuer: 'UBND thành phố Hải Phòng', number: null, note: expect.stringContaining('không nêu số') }),
      }),
    ]);
    const merits = bloc.leaderFlag.flatMap((m: any) => m.unit.commendations.nodes).filter((c: any) => c.awardType.code === 'BANG_KHEN_CHU_TICH_UBND_TINH');
    expect(merits).toHaveLength(4);
    expect(merits.map((c: any) => c.achievement)).toContain('Đã có thành tích trong công tác an sinh xã hội năm 2022');
  });

  it('holds the waterway transport bloc of 2020 with its 9 members and 2019 awards (seed 001)', async () => {
    const data = ok(
      await app.gql(`{ blocs(filter: { code: { eq: "HP-DN2" } }) { nodes {
      name head(year: 2020) { name } members(year: 2020) { unit { name } }
      covenant(year: 2020) { signedCount signingEvent { heldOn venue } }
      commendations(filter: { year: { eq: 2019 } }) { nodes { subject { ... on Unit { name } } awardType { nameVi } } }
    } } }`),
    );
    const [bloc] = data.blocs.nodes;
    expect(bloc.name).toBe('Khối thi đua Doanh nghiệp 2');
    expect(bloc.head.name).toBe('Cảng vụ Hàng hải Hải Phòng');
    expect(bloc.members).toHaveLength(9);
    expect(bloc.members.filter((m: any) => m.unit.name.includes('bài báo không nêu tên'))).toHaveLength(7);
    expect(bloc.covenant).toEqual({ signedCount: 9, signingEvent: { heldOn: '2020-07-02', venue: 'Trụ sở Cảng vụ Hàng hải Hải Phòng' } });
    const awards = bloc.commendations.nodes.map((c: any) => `${c.subject.name}: ${c.awardType.nameVi}`).sort();
    expect(awards).toEqual(
      [
        'Cảng vụ Hàng hải Hải Phòng: Cờ thi đua xuất sắc của Ủy ban nhân dân tỉnh, thành phố',
        'Công ty TNHH MTV Hoa tiêu hàng hải Khu vực II: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
      ].sort(),
    );
  });

  it('keeps the count of 60 collectives and 180 individuals, the 4 internal blocs and the 2021 movement (seed 002)', async () => {
    const data = ok(
      await app.gql(`{
      commendationTallies { nodes { collectiveCount individualCount issuers sourceNote awardTypes { code } } }
      blocs(filter: { level: { eq: ORGANIZATION } }) { totalCount }
      movements(search: "phong trao thi dua nam 2021 cua lien minh") { nodes { goals launchedOn parent { launchedBy } } }
      units(search: "ky duyen") { nodes { name parent { name } } }
    }`),
    );
    expect(data.commendationTallies.nodes).toEqual([
      expect.objectContaining({ collectiveCount: 60, individualCount: 180, sourceNote: expect.stringContaining('không liệt kê tên') }),
    ]);
    expect(data.commendationTallies.nodes[0].awardTypes.map((a: any) => a.code)).toContain('KY_NIEM_CHUONG_PHAT_TRIEN_HTX');
    expect(data.blocs.totalCount).toBe(4);
    expect(data.movements.nodes[0]).toMatchObject({ launchedOn: '2021-04-02', parent: { launchedBy: 'Liên minh Hợp tác xã Việt Nam' } });
    expect(data.movements.nodes[0].goals).toHaveLength(3);
    expect(data.units.nodes).toEqual([{ name: 'TNHH Thực phẩm xanh Kỳ Duyên Việt Nam', parent: { name: 'Liên minh Hợp tác xã thành phố Hải Phòng' } }]);
  });

  it('links the special associations covenant to the 4 national movements and the Đà Nẵng covenant to 5 (seeds 003, 004)', async () => {
    const data = ok(
      await app.gql(`{
      special: blocs(search: "hoi dac thu") { nodes { head(year: 2022) { name } covenant(year: 2023) { criteria { number movements { name } } } } }
      danang: blocs(search: "to chuc xa hoi") { nodes { area covenant(year: 2023) { movements { name } } } }
      movements(search: "nong thon moi") { nodes { criteria { title } covenants { year } } }
    }`),
    );
    const special = data.special.nodes[0];
    expect(special.head.name).toBe('Hội Nạn nhân chất độc da cam/Dioxin tỉnh');
    expect(special.covenant.criteria.map((c: any) => c.number)).toEqual(['1', '2', '3', '4']);
    expect(special.covenant.criteria[2].movements).toHaveLength(4);
    expect(data.danang.nodes[0].area).toBe('Đà Nẵng');
    expect(data.danang.nodes[0].covenant.movements).toHaveLength(5);
    expect(data.movements.nodes[0].criteria).toHaveLength(1);
    expect(data.movements.nodes[0].covenants).toEqual([{ year: 2023 }]);
  });

  it('takes the 2022 awards through dossiers to their decisions: each decision with its awarded dossier, each commendation with its line', async () => {
    const data = ok(
      await app.gql(`{
        commendations(first: 100, filter: { year: { eq: 2022 } }) { totalCount nodes { id decision { id } } }
        dossiers(first: 50, filter: { year: { eq: 2022 } }) { nodes { status content bloc { name } decision { id number }
          lines { appraisalResult awardType { code } commendation { id decision { id } } } } }
      }`),
    );
    expect(data.commendations.totalCount).toBeLessThanOrEqual(100);
    const awarded = data.commendations.nodes.filter((c: any) => c.decision);
    expect(awarded.length).toBeGreaterThan(0);
    const dossiers = data.dossiers.nodes;
    expect(dossiers.every((d: any) => d.status === 'AWARDED' && d.content.includes('không nêu tờ trình'))).toBe(true);
    const lines = dossiers.flatMap((d: any) => d.lines.map((l: any) => ({ ...l, dossierDecision: d.decision.id })));
    // Every 2022 commendation under a decision is the line of a dossier whose decision is the commendation's.
    expect(lines.map((l: any) => l.commendation.id).sort()).toEqual(awarded.map((c: any) => c.id).sort());
    expect(lines.every((l: any) => l.commendation.decision.id === l.dossierDecision && l.appraisalResult === 'ELIGIBLE')).toBe(true);
    expect(new Set(dossiers.map((d: any) => d.decision.id)).size).toBe(dossiers.length);
  });

  it('finds "Hội Nữ Doanh nhân Hải Phòng" by typing without diacritics', async () => {
    const data = ok(await app.gql(`{ units(search: "hoi nu doanh nhan") { nodes { name blocMemberships { fromYear } } } }`));
    expect(data.units.nodes).toEqual([{ name: 'Hội Nữ Doanh nhân Hải Phòng', blocMemberships: [{ fromYear: 2022 }] }]);
  });

  it("puts the articles' decisions on the public lookup, as of the article's date, and nothing else", async () => {
    const anonymous = app.client({});
    const data = ok(
      await anonymous(`{ publicAwards(search: "hoi nu doanh nhan") { nodes { recipientName awardName year decision { number publishedOn } } } }`),
    );
    expect(data.publicAwards.nodes).toEqual([
      {
        recipientName: 'Hội Nữ Doanh nhân Hải Phòng',
        awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
        year: 2022,
        decision: { number: null, publishedOn: '2023-03-09' },
      },
    ]);
    const decisions = ok(await anonymous(`{ publicDecisions(first: 100) { nodes { number publishedOn } } }`)).publicDecisions.nodes;
    expect(decisions).toHaveLength(4);
    expect(decisions).toContainEqual({ number: '889/QĐ-UBND', publishedOn: '2023-03-09' });
  });
});

describe('demo data and the workflows', () => {
  it('finds the city cooperative alliance by the name seed 002 used before its rename, without diacritics (seed 000, 002)', async () => {
    const data = ok(await app.gql(`{ units(search: "lien minh hop tac xa va doanh nghiep thanh pho") { nodes { name formerNames { name usedUntil } } } }`));
    expect(data.units.nodes).toEqual([
      { name: 'Liên minh Hợp tác xã thành phố Hải Phòng', formerNames: [{ name: 'Liên minh Hợp tác xã và Doanh nghiệp thành phố', usedUntil: null }] },
    ]);
  });

  it('has every covenant past READY_TO_SIGN signed by all its members (the guard of SIGNED holds)', async () => {
    const covenants = ok(await app.gql(`{ covenants(first: 100) { nodes { title status signedCount memberCount } } }`)).covenants.nodes;
    const pastSigning = covenants.filter((c: { status: string }) => !['DRAFT', 'IN_COMMENT', 'READY_TO_SIGN'].includes(c.status));
    expect(pastSigning.length).toBeGreaterThan(0);
    for (const c of pastSigning) expect({ title: c.title, signed: c.signedCount }).toEqual({ title: c.title, signed: c.memberCount });
    const ready = covenants.filter((c: { status: string }) => c.status === 'READY_TO_SIGN');
    expect(ready.length).toBeGreaterThan(0);
  });

  it('offers the Board the next steps of a demo covenant', async () => {
    const data = ok(await app.gql(`{ covenants(first: 100, filter: { status: { eq: SIGNED } }) { nodes { allowedTransitions { name allowed } } } }`));
    for (const c of data.covenants.nodes)
      expect(c.allowedTransitions).toEqual([
        { name: 'REOPEN_SIGNING', allowed: true },
        { name: 'START', allowed: true },
      ]);
  });
});
