import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAwardType, buildEvent } from './commendation.builders.js';
import { CommendationTally } from './commendation-tally.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const TALLY = `id year collectiveCount individualCount issuers sourceNote reporterUnit { name } event { title } awardTypes { nameVi }`;

describe('commendation tallies', () => {
  it('keeps counts a source gives without names, and lists them', async () => {
    const alliance = await buildUnit(app.db, { name: 'Liên minh Hợp tác xã và Doanh nghiệp thành phố' });
    const event = await buildEvent(app.db, { title: 'Phát động phong trào thi đua năm 2021' });
    const medal = await buildAwardType(app.db, { nameVi: 'Kỷ niệm chương "Vì sự nghiệp phát triển HTX"', rank: 40 });
    const flag = await buildAwardType(app.db, { nameVi: 'Cờ thi đua', rank: 90 });
    const created = ok(
      await app.gql(
        `mutation($input: CreateCommendationTallyInput!) { createCommendationTally(input: $input) { tally { ${TALLY} } userErrors { field code } } }`,
        {
          input: {
            year: 2020,
            reporterUnitId: gid(alliance),
            eventId: gid(event),
            collectiveCount: 60,
            individualCount: 180,
            issuers: 'Liên minh HTX Việt Nam; UBND thành phố; Liên minh HTX và DN thành phố',
            awardTypeIds: [gid(medal), gid(flag)],
            description: 'Khen thưởng tập thể, cá nhân có thành tích xuất sắc năm 2020',
            sourceNote: 'Bài báo không liệt kê tên các tập thể, cá nhân',
          },
        },
      ),
    ).createCommendationTally;
    expect(created.userErrors).toEqual([]);
    expect(created.tally).toMatchObject({
      collectiveCount: 60,
      individualCount: 180,
      reporterUnit: { name: alliance.name },
      event: { title: 'Phát động phong trào thi đua năm 2021' },
      awardTypes: [{ nameVi: 'Cờ thi đua' }, { nameVi: 'Kỷ niệm chương "Vì sự nghiệp phát triển HTX"' }],
    });

    const UPDATE = `mutation($input: UpdateCommendationTallyInput!) { updateCommendationTally(input: $input) { tally { ${TALLY} } userErrors { field code } } }`;
    const updated = ok(await app.gql(UPDATE, { input: { id: created.tally.id, awardTypeIds: [gid(medal)], eventId: null } })).updateCommendationTally;
    expect(updated.tally).toMatchObject({ event: null, awardTypes: [{ nameVi: 'Kỷ niệm chương "Vì sự nghiệp phát triển HTX"' }] });
    const zero = ok(await app.gql(UPDATE, { input: { id: created.tally.id, collectiveCount: 0, individualCount: 0 } })).updateCommendationTally;
    expect(zero.userErrors).toEqual([{ field: ['collectiveCount'], code: 'REQUIRED' }]);

    const other = await buildUnit(app.db);
    await app.db.manager.save(
      app.db.manager.create(CommendationTally, { year: 2021, reporterUnitId: other.id, collectiveCount: 1, issuers: 'x', description: 'x', sourceNote: 'x' }),
    );
    const list = ok(
      await app.gql(`query($f: CommendationTallyFilter) { commendationTallies(filter: $f) { totalCount nodes { year awardTypes { nameVi } } } }`, {
        f: { reporterUnitId: { eq: gid(alliance) } },
      }),
    );
    expect(list.commendationTallies).toEqual({
      totalCount: 1,
      nodes: [{ year: 2020, awardTypes: [{ nameVi: 'Kỷ niệm chương "Vì sự nghiệp phát triển HTX"' }] }],
    });

    const deleted = ok(
      await app.gql(`mutation($id: ID!) { deleteCommendationTally(id: $id) { deletedId userErrors { code } } }`, { id: created.tally.id }),
    ).deleteCommendationTally;
    expect(deleted).toEqual({ deletedId: created.tally.id, userErrors: [] });
    expect(await app.db.manager.countBy(CommendationTally, { reporterUnitId: alliance.id })).toBe(0);
  });
});
