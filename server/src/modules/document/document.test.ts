import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath, type DocumentKind, type DocumentFormat } from '@thidua/shared';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { docxText, inkOnPage, readPdf } from '../../test-support/documents.js';
import { buildAwardType } from '../award-type/award-type.builders.js';
import { buildBallotSession } from '../ballot/ballot.builders.js';
import type { BallotSession } from '../ballot/entities.js';
import { councilMembers } from '../council/council.builders.js';
import { CouncilSession } from '../council/entities.js';
import { buildCovenant } from '../covenant/covenant.builders.js';
import { buildDossierLine, buildSentDossier } from '../dossier/dossier.builders.js';
import type { Dossier, DossierLine } from '../dossier/entities.js';
import { Household } from '../household/entities.js';
import { buildAffiliation, buildPerson } from '../person/person.builders.js';
import type { Unit } from '../unit/entities.js';

/** Each document generated from its record and read back: DOCX text, PDF text, fonts, a page drawn; who may download it. */
let app: TestApp;
let board: string;
let school: Unit;
let dossier: Dossier;
let lines: DossierLine[];
const AWARD = 'Bằng khen của Chủ tịch UBND thành phố';

beforeAll(async () => {
  app = await createTestApp();
  board = (await app.loginAs('BOARD_OFFICER')).cookie;
  const department = await buildUnit(app.db, { name: 'Sở Giáo dục và Đào tạo' });
  school = await buildUnit(app.db, { name: 'Trường Tiểu học Nguyễn Huệ', parentId: department.id, area: 'Hải Phòng' });
  const person = await buildPerson(app.db, { fullName: 'Nguyễn Thị Ánh' });
  await buildAffiliation(app.db, person, school, { position: 'Hiệu trưởng' });
  const household = await app.db.manager.save(app.db.manager.create(Household, { name: 'Hộ ông Lê Văn Đức', address: 'Thôn Đông, xã An Lư' }));
  const awardType = await buildAwardType(app.db, { nameVi: AWARD, subjectKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] });
  dossier = await buildSentDossier(app.db, school.id, 'AWAITING_DECISION', { currentLevel: 'COUNCIL', proposalNumber: '45/TTr-THNH', year: 2023 });
  const eligible = { appraisalResult: 'ELIGIBLE' as const, awardType };
  lines = [
    await buildDossierLine(app.db, dossier, school.id, { ...eligible, achievement: 'Dẫn đầu phong trào "Dạy tốt – Học tốt" năm học 2022–2023' }),
    await buildDossierLine(app.db, dossier, school.id, { ...eligible, subjectKind: 'INDIVIDUAL', unitId: null, personId: person.id }),
    await buildDossierLine(app.db, dossier, school.id, { ...eligible, subjectKind: 'HOUSEHOLD', unitId: null, householdId: household.id }),
  ];
});
afterAll(() => app.close());

/** Text without its spaces and line breaks: a PDF wraps lines where the page ends them. */
const flat = (text: string) => text.replace(/\s+/g, '');

async function download(kind: DocumentKind, recordId: string, format: DocumentFormat, cookie: string | null = board) {
  const response = await fetch(app.url + documentPath(kind, recordId, format), { headers: cookie ? { cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
async function both(kind: DocumentKind, recordId: string) {
  const docx = await download(kind, recordId, 'docx');
  const pdf = await download(kind, recordId, 'pdf');
  expect([docx.status, pdf.status]).toEqual([200, 200]);
  return { docx: await docxText(docx.bytes), pdf: await readPdf(pdf.bytes), pdfBytes: pdf.bytes, headers: pdf.headers, docxHeaders: docx.headers };
}

describe('the decision and its list', () => {
  it('is drafted from a dossier awaiting decision, as DOCX and as PDF with Noto Serif embedded and a page that is not blank', async () => {
    const { docx, pdf, pdfBytes, headers, docxHeaders } = await both('DECISION', gid(dossier));
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('QUYẾT ĐỊNH'));
      expect(flat(text)).toContain(flat('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      expect(flat(text)).toContain(flat('Tờ trình số 45/TTr-THNH ngày 01 tháng 12 năm 2023'));
      expect(flat(text)).toContain(flat('DANH SÁCH'));
      expect(flat(text)).toContain(flat('I. Cá nhân'));
      expect(flat(text)).toContain(flat('II. Tập thể'));
      expect(flat(text)).toContain(flat('III. Hộ gia đình'));
      expect(flat(text)).toContain(flat('Nguyễn Thị Ánh'));
      expect(flat(text)).toContain(flat('Hiệu trưởng'));
      expect(flat(text)).toContain(flat('Hộ ông Lê Văn Đức'));
      expect(flat(text)).toContain(flat(AWARD));
    }
    // The list is on its own page, numbered: "1 Nguyễn Thị Ánh Hiệu trưởng Trường Tiểu học Nguyễn Huệ …".
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(flat(pdf.pages.slice(1).join(' '))).toContain(flat('1 Nguyễn Thị Ánh Hiệu trưởng Trường Tiểu học Nguyễn Huệ'));
    expect(pdf.pages[0]).not.toContain('Nguyễn Thị Ánh');
    expect(pdf.embeddedFonts.some((name) => /NotoSerif/.test(name))).toBe(true);
    expect(await inkOnPage(pdfBytes, 1)).toBeGreaterThan(0.005);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`Dự thảo quyết định ${dossier.code}.pdf`)}`);
    expect(docxHeaders.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('of an issued decision carries its number, place and date, and lists its commendations', async () => {
    const approved = ok(
      await app.gql(`mutation($input: ApproveDossierInput!) { approveDossier(input: $input) { dossier { decision { id } } userErrors { message } } }`, {
        input: {
          dossierId: gid(dossier),
          decisionNumber: '123/QĐ-UBND',
          issuedOn: '2024-01-20',
          issuer: 'UBND thành phố Hải Phòng',
          signer: 'Nguyễn Văn Tùng',
        },
      }),
    ).approveDossier;
    expect(approved.userErrors).toEqual([]);
    const decisionId = approved.dossier.decision.id;
    const { docx, pdf } = await both('DECISION', decisionId);
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('Số: 123/QĐ-UBND'));
      expect(flat(text)).toContain(flat('Hải Phòng, ngày 20 tháng 01 năm 2024'));
      expect(flat(text)).toContain(flat('Kèm theo Quyết định số 123/QĐ-UBND ngày 20 tháng 01 năm 2024 của UBND thành phố Hải Phòng'));
      expect(flat(text)).toContain(flat('Nguyễn Văn Tùng'));
      expect(flat(text)).toContain(flat('Trường Tiểu học Nguyễn Huệ'));
    }
    // The dossier, now awarded, gives the decision it was approved by.
    expect(flat((await both('DECISION', gid(dossier))).pdf.text)).toContain('Số:123/QĐ-UBND');
  });
});

describe('the dossier documents', () => {
  it('the proposal letter (Form 01) names the proposing unit in capitals, its number and the numbered lists', async () => {
    const { docx, pdf } = await both('PROPOSAL_LETTER', gid(dossier));
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('TỜ TRÌNH'));
      expect(flat(text)).toContain(flat('TRƯỜNG TIỂU HỌC NGUYỄN HUỆ'));
      expect(flat(text)).toContain(flat('Số: 45/TTr-THNH/TTr'));
      expect(flat(text)).toContain(flat('Hải Phòng, ngày 01 tháng 12 năm 2023'));
      expect(flat(text)).toContain(flat('3 đối tượng (1 cá nhân, 1 tập thể, 1 hộ gia đình)'));
      expect(flat(text)).toContain(flat('Nguyễn Thị Ánh'));
    }
    expect(flat(pdf.text)).toContain(flat('1 Trường Tiểu học Nguyễn Huệ Sở Giáo dục và Đào tạo'));
  });

  it("a collective's achievement report, and none for a person's line", async () => {
    const { docx, pdf } = await both('ACHIEVEMENT_REPORT', gid(lines[0]!));
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('BÁO CÁO THÀNH TÍCH'));
      expect(flat(text)).toContain(flat('SỞ GIÁO DỤC VÀ ĐÀO TẠO'));
      expect(flat(text)).toContain(flat('Dẫn đầu phong trào "Dạy tốt – Học tốt" năm học 2022–2023'));
    }
    const refused = await download('ACHIEVEMENT_REPORT', gid(lines[1]!), 'pdf');
    expect(refused.status).toBe(409);
    expect(JSON.parse(Buffer.from(refused.bytes).toString()).message).toMatch(/tập thể/);
  });
});

describe('the minutes', () => {
  it("of the bloc's vote, from the snapshot written at close; none before", async () => {
    const covenant = await buildCovenant(app.db);
    const minutes: NonNullable<BallotSession['minutes']> = {
      closedAt: '2023-12-20T03:00:00.000Z',
      blocName: 'Khối thi đua các trường Tiểu học',
      year: 2023,
      covenantTitle: 'Giao ước thi đua năm 2023',
      title: 'Bình chọn đơn vị dẫn đầu',
      purpose: 'LEADING_UNIT',
      secret: true,
      meeting: { date: '2023-12-20', venue: 'Hội trường Trường Tiểu học Nguyễn Huệ', chair: 'Phạm Thị Hường', secretary: 'Đỗ Văn Ước', boardGuest: null },
      voters: 3,
      voted: 3,
      turnoutPercent: 100,
      attendance: [{ unitId: school.id, unitName: school.name, voted: true, paper: false }],
      thresholdPercent: 50,
      thresholdBase: 'ALL',
      quorumPercent: 50,
      quorumMet: true,
      candidates: [{ unitId: school.id, unitName: school.name, votes: 3, percent: 100, passed: true }],
      leaderUnitId: school.id,
      leaderName: school.name,
      result: `Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: ${school.name} (3/3 phiếu, 100%).`,
      scoreTable: [{ unitId: school.id, rank: 1, group: 'TARGETED', unitName: school.name, total: 98.5, percent: 98.5 }],
    };
    const closed = await buildBallotSession(app.db, covenant, [school.id], { status: 'CLOSED', minutes });
    const { docx, pdf } = await both('BALLOT_MINUTES', gid(closed));
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('KHỐI THI ĐUA CÁC TRƯỜNG TIỂU HỌC'));
      expect(flat(text)).toContain(flat('bỏ phiếu kín'));
      expect(flat(text)).toContain(flat('Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: Trường Tiểu học Nguyễn Huệ'));
      expect(flat(text)).toContain(flat('Đỗ Văn Ước'));
      expect(flat(text)).toContain(flat('98,5'));
    }
    const open = await buildBallotSession(app.db, covenant, [school.id]);
    expect((await download('BALLOT_MINUTES', gid(open), 'pdf')).status).toBe(409);
  });

  it("of the council's session, from its snapshot", async () => {
    const members = councilMembers(3) as CouncilSession['members'];
    members[0]!.name = 'Nguyễn Văn Tùng';
    const session = await app.db.manager.save(
      app.db.manager.create(CouncilSession, {
        title: 'Phiên họp Hội đồng xét khen thưởng năm 2023',
        year: 2023,
        status: 'CLOSED',
        secret: true,
        quorumPercent: 50,
        thresholdPercent: 50,
        thresholdBase: 'ALL',
        members,
        agenda: [],
        minutes: {
          closedAt: '2024-01-10T03:00:00.000Z',
          title: 'Phiên họp Hội đồng xét khen thưởng năm 2023',
          year: 2023,
          meetingDate: '2024-01-10',
          venue: 'Trụ sở UBND thành phố',
          secret: true,
          members,
          memberCount: 3,
          present: 3,
          quorumPercent: 50,
          thresholdPercent: 50,
          thresholdBase: 'ALL',
          lines: [
            {
              lineId: lines[0]!.id,
              dossierCode: dossier.code,
              subjectName: school.name,
              awardName: AWARD,
              agree: 3,
              disagree: 0,
              percent: 100,
              result: 'PASSED',
            },
          ],
          conclusion: 'Hội đồng thống nhất đề nghị 1/1 đối tượng.',
        },
      }),
    );
    const { docx, pdf } = await both('COUNCIL_MINUTES', gid(session));
    for (const text of [docx, pdf.text]) {
      expect(flat(text)).toContain(flat('BIÊN BẢN HỌP HỘI ĐỒNG'));
      expect(flat(text)).toContain(flat('Thời gian: ngày 10 tháng 01 năm 2024'));
      expect(flat(text)).toContain(flat('Hội đồng thống nhất đề nghị 1/1 đối tượng.'));
      expect(flat(text)).toContain(flat('Chủ tịch Hội đồng'));
      expect(flat(text)).toContain(flat('Nguyễn Văn Tùng'));
    }
    // Unit officers do not see the council's sessions: as if there were none.
    const officer = (await app.loginAs('UNIT_OFFICER', { unitId: school.id })).cookie;
    expect((await download('COUNCIL_MINUTES', gid(session), 'pdf', officer)).status).toBe(404);
  });
});

describe('who may download', () => {
  it('anonymous callers are asked to sign in; an officer outside the record finds nothing; an unknown kind or format is 404', async () => {
    expect((await download('PROPOSAL_LETTER', gid(dossier), 'pdf', null)).status).toBe(401);
    const other = (await app.loginAs('UNIT_OFFICER', { unitId: (await buildUnit(app.db)).id })).cookie;
    const hidden = await download('PROPOSAL_LETTER', gid(dossier), 'docx', other);
    expect(hidden.status).toBe(404);
    expect(JSON.parse(Buffer.from(hidden.bytes).toString())).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy bản ghi.' });
    const own = (await app.loginAs('UNIT_OFFICER', { unitId: school.id })).cookie;
    expect((await download('PROPOSAL_LETTER', gid(dossier), 'pdf', own)).status).toBe(200);
    expect((await fetch(`${app.url}/documents/to-trinh/${gid(dossier)}.txt`, { headers: { cookie: board } })).status).toBe(404);
    expect((await fetch(`${app.url}/documents/khac/${gid(dossier)}.pdf`, { headers: { cookie: board } })).status).toBe(404);
    // A dossier id where a line is expected: not found, whatever the dossier.
    expect((await download('ACHIEVEMENT_REPORT', gid(dossier), 'pdf')).status).toBe(404);
  });
});
