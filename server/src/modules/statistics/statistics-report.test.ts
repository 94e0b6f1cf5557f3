import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { AwardType } from '../award-type/entities.js';
import { CommendationTally } from '../commendation/entities.js';
import { Unit } from '../unit/entities.js';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { buildAffiliation, buildCommendation, buildPerson } from '../commendation/commendation.builders.js';
import { seedOnFirstStart } from '../../seed/index.js';
import { buildDecision } from '../decision/decision.builders.js';
import { buildDossier } from '../dossier/dossier.builders.js';

/**
 * Forms 0601–0605 on the demo data, against figures counted by hand from the seed articles
 * (server/src/seed/demo/, one file per article); other years hold what a test builds itself.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  await seedOnFirstStart(app.db);
});
afterAll(() => app.close());

const REPORT = `query($form: StatisticsForm!, $year: Int!, $scope: StatisticsScopeInput) {
  statisticsReport(form: $form, year: $year, scope: $scope) {
    form code title unitLabel year scopeLabel columnGroups { label columns { code label } } rows { code label level cells } notes } }`;

async function report(form: string, year: number, scope?: Record<string, string>, gql = app.gql) {
  const response = await gql(REPORT, { form, year, scope });
  const data = ok(response).statisticsReport;
  const cells = Object.fromEntries(data.rows.filter((r: { code: string | null }) => r.code).map((r: { code: string; cells: number[] }) => [r.code, r.cells]));
  return { data, cells, statements: response.extensions?.sqlStatements as number };
}

/** Rows with any figure, as { code: cells }. */
const nonZero = (cells: Record<string, number[]>) => Object.fromEntries(Object.entries(cells).filter(([, v]) => v.some((n) => n !== 0)));

describe('statistics forms on the demo data', () => {
  it('0603 for 2022: the five Hải Phòng associations bloc awards of seed 000', async () => {
    const { data, cells } = await report('F0603', 2022);
    expect(data).toMatchObject({ code: '0603.N/BNV-TĐKT', year: 2022, scopeLabel: 'Toàn bộ đơn vị trong hệ thống' });
    expect(data.columnGroups.flatMap((g: { columns: { code: string }[] }) => g.columns.map((c) => c.code))).toEqual(['1', '2', '3', '4', '5']);
    expect(data.rows.map((r: { code: string | null }) => r.code).filter(Boolean)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
    ]);
    // Seed 000: Cờ thi đua UBND to the cooperative alliance (1) and Bằng khen to 4 associations; all collectives,
    // none an enterprise (an alliance and 4 associations), all regular (MERIT) → columns total 5, Bằng khen 4, Cờ 1.
    expect(nonZero(cells)).toEqual({ '01': [5, 4, 0, 1, 0], '02': [5, 4, 0, 1, 0], '11': [5, 4, 0, 1, 0] });
  });

  it('0603 for 2019: seed 001 (Khối Doanh nghiệp 2): a flag to the port authority, a certificate to the pilots company', async () => {
    const { cells } = await report('F0603', 2019);
    // Cảng vụ Hàng hải (state agency): Cờ thi đua xuất sắc → column 4; Công ty Hoa tiêu (enterprise): Bằng khen → column 2, row 03.
    expect(nonZero(cells)).toEqual({ '01': [2, 1, 0, 1, 0], '02': [2, 1, 0, 1, 0], '03': [1, 1, 0, 0, 0], '11': [2, 1, 0, 1, 0] });
  });

  it('0603 for 2020: the count of seed 002 (60 collectives, 180 individuals) spans several levels, so it is a note, not a figure', async () => {
    const { data, cells } = await report('F0603', 2020);
    // Its award types: Kỷ niệm chương (ministry), Cờ thi đua xuất sắc and Bằng khen (province), Giấy khen (organisation).
    expect(nonZero(cells)).toEqual({});
    expect(data.notes[0]).toBe(
      '1 số liệu khen thưởng tổng hợp (60 tập thể, 180 cá nhân) không tính vào biểu: nguồn nêu chung các hình thức thuộc nhiều cấp khen, hoặc không nêu hình thức.',
    );
  });

  it('0602 for 2022: no state-level award in the articles', async () => {
    const { data, cells } = await report('F0602', 2022);
    expect(nonZero(cells)).toEqual({});
    // Total, then collective/individual for 7 kinds of state awards.
    expect(data.rows.find((r: { code: string }) => r.code === '01').cells).toHaveLength(15);
    expect(data.columnGroups.map((g: { label: string | null }) => g.label)).toEqual([
      null,
      'Huân chương, Huy chương',
      'Danh hiệu vinh dự Nhà nước',
      'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
      'Cờ thi đua của Chính phủ',
      'Bằng khen của Thủ tướng Chính phủ',
      'Chiến sĩ thi đua toàn quốc',
      'Khác',
    ]);
  });

  it('0601 for 2021: the two movements of seed 002; the six without a year are a note', async () => {
    const { data, cells } = await report('F0601', 2021);
    // The national thematic movement for the cooperatives' day (2021–2021) and the alliance's regular 2021 movement
    // (scope: inside the organisation), both one year long.
    expect(nonZero(cells)).toEqual({
      '01': [2, 1, 0, 1],
      '02': [1, 1, 0, 0],
      '05': [1, 0, 0, 1],
      '07': [2, 1, 0, 1],
      '11': [1, 1, 0, 0],
      '12': [1, 0, 0, 1],
    });
    // movements.ts: six national movements the articles name without a launch document or period.
    expect(data.notes[0]).toBe('6 phong trào chưa ghi năm bắt đầu hoặc ngày phát động: không tính vào biểu.');
  });

  it('0604 and 0605 for 2023: the Hải Phòng Board with its head, deputy head and one illustrative civil servant', async () => {
    const organizations = await report('F0604', 2023);
    // One Ban Thi đua – Khen thưởng under the Department of Home Affairs (row 04), three civil servants.
    expect(nonZero(organizations.cells)).toEqual({ '01': [1, 3], '04': [1, 3] });
    const officers = await report('F0605', 2023);
    // Only the illustrative record has figures: female, born 1990 (33 → row 04), university (row 11), in TĐKT since 2016 (7 years → row 14).
    expect(nonZero(officers.cells)).toEqual({ '01': [3, 0, 3], '02': [1, 0, 1], '04': [1, 0, 1], '11': [1, 0, 1], '14': [1, 0, 1] });
    expect(officers.data.notes).toContain('2 công chức chưa ghi năm sinh: tính vào tổng số, không tính vào các dòng theo năm sinh.');
  });
});

describe('statistics forms: counting rules, scope and statements', () => {
  async function awardType(code: string) {
    return app.db.manager.findOneByOrFail(AwardType, { code });
  }

  it('adds a tally of one award type to its column and never to the kind rows; individuals by category; revoked awards not at all', async () => {
    const year = 2031;
    const merit = await awardType('BANG_KHEN_CHU_TICH_UBND_TINH');
    const fighter = await awardType('CHIEN_SI_THI_DUA_CAP_TINH');
    const reporter = await buildUnit(app.db, { kind: 'ENTERPRISE' });
    const worker = await buildPerson(app.db);
    await buildAffiliation(app.db, worker, reporter);
    await buildCommendation(app.db, reporter, merit, { year, kind: 'THEMATIC' });
    await buildCommendation(app.db, worker, fighter, { year, recipientCategory: 'DIRECT_WORKER' });
    await buildCommendation(app.db, worker, merit, { year, status: 'REVOKED', recipientCategory: 'DIRECT_WORKER' });
    await app.db.manager.save(
      app.db.manager.create(CommendationTally, {
        year,
        reporterUnitId: reporter.id,
        collectiveCount: 3,
        individualCount: 7,
        issuers: 'UBND tỉnh',
        awardTypes: [merit],
        description: 'Số liệu thử',
        sourceNote: 'Nguồn không nêu tên',
      }),
    );
    const { cells } = await report('F0603', year);
    // Named: 1 collective Bằng khen (enterprise, thematic) + 1 individual CSTĐ (direct worker, merit).
    // Tally: 3 collectives + 7 individuals, all Bằng khen; no enterprise flag and no kind known.
    expect(nonZero(cells)).toEqual({
      '01': [12, 11, 1, 0, 0],
      '02': [4, 4, 0, 0, 0],
      '03': [1, 1, 0, 0, 0],
      '05': [8, 7, 1, 0, 0],
      '10': [1, 0, 1, 0, 0],
      '11': [1, 0, 1, 0, 0],
      '12': [1, 1, 0, 0, 0],
    });
  });

  it('a unit officer counts only the individuals of their unit; a scope keeps a unit and its sub-units', async () => {
    const year = 2032;
    const merit = await awardType('BANG_KHEN_CHU_TICH_UBND_TINH');
    const mine = await buildUnit(app.db);
    const child = await buildUnit(app.db, { parentId: mine.id });
    const other = await buildUnit(app.db);
    for (const unit of [mine, other]) {
      const person = await buildPerson(app.db);
      await buildAffiliation(app.db, person, unit);
      await buildCommendation(app.db, person, merit, { year, recipientCategory: 'BUSINESS_PERSON' });
      await buildCommendation(app.db, unit, merit, { year });
    }
    await buildCommendation(app.db, child, merit, { year });
    const board = await report('F0603', year);
    expect(board.cells['01']![0]).toBe(5);
    expect(board.cells['08']![0]).toBe(2);

    const officer = await app.loginAs('UNIT_OFFICER', { unitId: mine.id });
    const seen = await report('F0603', year, undefined, officer.gql);
    // Collective awards are public (3); of the individuals only the unit's own (1).
    expect(seen.cells['01']![0]).toBe(4);
    expect(seen.cells['05']![0]).toBe(1);

    const scoped = await report('F0603', year, { unitId: gid(mine) });
    expect(scoped.data.scopeLabel).toBe(`${mine.name} và các đơn vị trực thuộc`);
    // The unit, its sub-unit and its person.
    expect(scoped.cells['01']![0]).toBe(3);
    expect(scoped.cells['02']![0]).toBe(2);
  });

  it('runs the same number of statements whatever the data', async () => {
    const few = await report('F0603', 2019);
    const many = await report('F0603', 2031);
    expect(many.statements).toBe(few.statements);
  });

  it('refuses a scope of both a unit and a bloc, and a bad id', async () => {
    const unit = await app.db.manager.findOneByOrFail(Unit, { name: 'Hội Nữ Doanh nhân Hải Phòng' });
    const both = await app.gql(REPORT, { form: 'F0603', year: 2022, scope: { unitId: gid(unit), blocId: gid(unit) } });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await app.gql(REPORT, { form: 'F0603', year: 2022, scope: { blocId: gid(unit) } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statistics export as xlsx', () => {
  const url = (query: string) => `${app.url}/exports/statistics.xlsx?${query}`;

  it('downloads 0603 for 2022 in the form layout, read back with exceljs', async () => {
    const { cookie } = await app.loginAs('BOARD_OFFICER');
    const response = await fetch(url('form=F0603&year=2022'), { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Bi%E1%BB%83u%200603.N-BNV-T%C4%90KT%20n%C4%83m%202022.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Biểu số: 0603.N/BNV-TĐKT');
    expect(sheet.getCell('A2').value).toBe('SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH');
    expect(sheet.getCell('A3').value).toBe('Năm 2022 — Toàn bộ đơn vị trong hệ thống');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    // Title rows across the 7 columns; "Tên chỉ tiêu", "Mã số" and "Tổng số" down both header rows; the form's group across columns 2–5.
    expect(merges).toEqual(expect.arrayContaining(['A2:G2', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:G6']));
    expect(sheet.getCell('D6').value).toBe('Chia theo hình thức');
    expect(sheet.getCell('D7').value).toBe('Bằng khen');
    expect(sheet.getCell('C8').value).toBe('1');
    // Row 01 is the first line after the heading row codes (row 9): total 5, Bằng khen 4, Cờ thi đua 1.
    expect([sheet.getCell('A9').value, sheet.getCell('B9').value, sheet.getCell('C9').value, sheet.getCell('D9').value, sheet.getCell('F9').value]).toEqual([
      'Tổng số',
      '01',
      5,
      4,
      1,
    ]);
  });

  it('refuses the anonymous caller and a bad form or year, with a JSON code', async () => {
    const anonymous = await fetch(url('form=F0603&year=2022'));
    expect(anonymous.status).toBe(401);
    const { cookie } = await app.loginAs('ANALYST');
    const badForm = await fetch(url('form=F9999&year=2022'), { headers: { cookie } });
    expect([badForm.status, (await badForm.json()).code]).toEqual([400, 'BAD_USER_INPUT']);
    const badYear = await fetch(url('form=F0603&year=12'), { headers: { cookie } });
    expect(badYear.status).toBe(400);
  });
});

describe('dashboard aggregates', () => {
  it('counts days from sending a dossier to its decision, per decision year', async () => {
    const unit = await buildUnit(app.db);
    const decision = await buildDecision(app.db, { issuedOn: '2033-03-20' });
    for (const sentOn of ['2033-03-01', '2033-02-01']) {
      const dossier = await buildDossier(app.db, unit.id, { status: 'AWARDED', decisionId: decision.id, year: 2032 });
      // The dossier's SUBMIT step as the event log holds it (what transitionDossier writes).
      await app.db.query(
        `INSERT INTO change_event (occurred_at, actor_kind, actor_name, entity_type, entity_id, action, changes)
         VALUES ($1, 'SYSTEM', 'Hệ thống', 'Dossier', $2, 'UPDATE', '{"status": {"before": "DRAFT", "after": "SUBMITTED"}}')`,
        [`${sentOn}T09:00:00+07:00`, dossier.id],
      );
    }
    const data = ok(await app.gql('{ dossierDecisionTimes { year dossiers averageDays medianDays maxDays } }'));
    // 1/3 → 20/3 is 19 days, 1/2 → 20/3 is 47 days (2033 is no leap year): average and median 33, longest 47.
    // The demo dossiers of 2022 were recorded after their decisions, with no sending: not counted.
    expect(data.dossierDecisionTimes).toEqual([{ year: 2033, dossiers: 2, averageDays: 33, medianDays: 33, maxDays: 47 }]);
  });

  it('groups individuals by recipient category for the share of direct workers', async () => {
    const merit = await app.db.manager.findOneByOrFail(AwardType, { code: 'BANG_KHEN_CHU_TICH_UBND_TINH' });
    const year = 2034;
    for (const category of ['DIRECT_WORKER', 'DIRECT_WORKER', 'OTHER_LEADER', null] as const)
      await buildCommendation(app.db, await buildPerson(app.db), merit, { year, recipientCategory: category });
    const data = ok(
      await app.gql(
        `{ commendationStats(groupBy: [RECIPIENT_CATEGORY], filter: { year: { eq: ${year} }, subjectKind: { eq: INDIVIDUAL } }) { count key { recipientCategory } } }`,
      ),
    );
    expect(data.commendationStats).toEqual([
      { count: 1, key: { recipientCategory: 'OTHER_LEADER' } },
      { count: 2, key: { recipientCategory: 'DIRECT_WORKER' } },
      { count: 1, key: { recipientCategory: null } },
    ]);
  });
});
