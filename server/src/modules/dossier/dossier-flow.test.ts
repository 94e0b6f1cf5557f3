import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { fingerprint } from '../../test-support/authorization.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { addMember, buildBloc, setRole } from '../bloc/bloc.builders.js';
import type { Bloc } from '../bloc/entities.js';
import { buildCovenant } from '../covenant/covenant.builders.js';
import type { Covenant } from '../covenant/entities.js';
import { discipline } from '../eligibility/eligibility.builders.js';
import { buildProposal } from '../proposal/proposal.builders.js';
import type { Unit } from '../unit/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import { buildDossierAttachments } from '../file/file.builders.js';
import { buildDossierLine } from './dossier.builders.js';
import { Dossier } from './dossier.entity.js';

/** From the bloc's vote to the decision: a dossier from proposals, the Board's appraisal, approval and its cancellation. */
let app: TestApp;
let units: Unit[];
let bloc: Bloc;
let covenant: Covenant;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  units = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
  bloc = await buildBloc(app.db, { name: 'Khối thi đua Doanh nghiệp 2' });
  for (const unit of units) await addMember(app.db, bloc, unit, 2020);
  await setRole(app.db, bloc, 2023, 'HEAD', units[2]!);
  covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2023 });
  // One rule for the flag: no discipline in the year (PASS for a clean unit, FAIL for a disciplined one).
  const rule = {
    code: 'KHONG_KY_LUAT',
    titleVi: 'Không bị kỷ luật',
    awardTypeCodes: ['CO_THI_DUA_UBND_TINH', 'BANG_KHEN_CHU_TICH_UBND_TINH'],
    subjectKinds: ['COLLECTIVE'],
    condition: { fact: 'disciplineCount', atMost: 0 },
    sourceDocument: 'Quy định thử',
    effectiveFrom: '2020-01-01',
  };
  ok(await app.gql(`mutation($input: CreateEligibilityRuleInput!) { createEligibilityRule(input: $input) { userErrors { code } } }`, { input: rule }));
});
afterAll(() => app.close());

const DOSSIER = `dossier { id version status currentLevel proposingUnit { id } bloc { id } covenant { id } year kind decision { id number issuer }
  lines { id version achievement awardType { code } appraisalResult appraisalOverrideReason appraisalReport commendation { id status decision { id } awardType { code } year achievement } } }`;
const run = async (name: string, type: string, input: Record<string, unknown>, select = DOSSIER) =>
  ok(await app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${select} userErrors { field code message } } }`, { input }))[name];
const fromProposals = (input: Record<string, unknown>) => run('createDossierFromProposals', 'CreateDossierFromProposalsInput', input);
const appraise = (input: Record<string, unknown>) =>
  run('appraiseDossierLine', 'AppraiseDossierLineInput', input, 'line { id appraisalResult appraisalReport }');
const transition = (id: string, to: string, reason?: string) => run('transitionDossier', 'TransitionDossierInput', { id, to, reason });
const approve = (input: Record<string, unknown>) => run('approveDossier', 'ApproveDossierInput', input);
const cancel = (input: Record<string, unknown>) => run('cancelDossierApproval', 'CancelDossierApprovalInput', input);
const decision = { issuedOn: '2024-01-20', issuer: 'UBND thành phố Hải Phòng', signer: 'Nguyễn Văn Tùng' };

/** A dossier from two fresh proposals (flag for unit 0, Certificate of Merit for unit 1), taken to the Board and received. */
async function receivedDossier() {
  const flag = await buildProposal(app.db, covenant, units[0]!.id, 'EMULATION_FLAG');
  const merit = await buildProposal(app.db, covenant, units[1]!.id, 'CERTIFICATE_OF_MERIT', { votes: 8 });
  const created = await fromProposals({ proposalIds: [gid(flag), gid(merit)], proposalNumber: '12/TTr-K2' });
  expect(created.userErrors).toEqual([]);
  const id = created.dossier.id;
  await buildDossierAttachments(app.db, fromGlobalId(id)!.id);
  expect((await transition(id, 'SUBMITTED')).userErrors).toEqual([]);
  const received = await transition(id, 'RECEIVED');
  expect(received.userErrors).toEqual([]);
  return { dossier: received.dossier, flag, merit };
}

describe('dossier from the bloc vote to the decision', () => {
  it('makes the bloc’s dossier from its proposals, one line each, and refuses a proposal already in a dossier', async () => {
    const flag = await buildProposal(app.db, covenant, units[0]!.id, 'EMULATION_FLAG');
    const merit = await buildProposal(app.db, covenant, units[1]!.id, 'CERTIFICATE_OF_MERIT', { votes: 8 });
    const made = await fromProposals({ proposalIds: [gid(flag), gid(merit)] });
    expect(made.userErrors).toEqual([]);
    expect(made.dossier).toMatchObject({
      status: 'DRAFT',
      currentLevel: 'BLOC',
      kind: 'MERIT',
      year: 2023,
      proposingUnit: { id: gid(units[2]!) },
      bloc: { id: gid(bloc) },
      covenant: { id: gid(covenant) },
    });
    expect(made.dossier.lines.map((l: { awardType: { code: string }; achievement: string }) => [l.awardType.code, l.achievement])).toEqual([
      ['CO_THI_DUA_UBND_TINH', 'Dẫn đầu Khối thi đua Doanh nghiệp 2 năm 2023; bình chọn 7/9 phiếu'],
      ['BANG_KHEN_CHU_TICH_UBND_TINH', 'Được Khối thi đua Doanh nghiệp 2 bình chọn đề nghị Bằng khen năm 2023; 8/9 phiếu'],
    ]);
    const proposals = ok(await app.gql(`{ covenant(id: "${gid(covenant)}") { proposals { id status dossier { id } dossierLine { id } } } }`)).covenant
      .proposals;
    const [flagLine, meritLine] = made.dossier.lines.map((l: { id: string }) => ({ id: l.id }));
    expect(proposals.filter((p: { id: string }) => [gid(flag), gid(merit)].includes(p.id))).toEqual([
      { id: gid(flag), status: 'IN_DOSSIER', dossier: { id: made.dossier.id }, dossierLine: flagLine },
      { id: gid(merit), status: 'IN_DOSSIER', dossier: { id: made.dossier.id }, dossierLine: meritLine },
    ]);
    // Each line says which proposal (and vote) it was made from.
    const lines = ok(await app.gql(`query($id: ID!) { dossier(id: $id) { lines { proposal { id votes session { id } } } } }`, { id: made.dossier.id })).dossier
      .lines;
    expect(lines.map((l: { proposal: { id: string } }) => l.proposal.id)).toEqual([gid(flag), gid(merit)]);

    const fresh = await buildProposal(app.db, covenant, units[2]!.id, 'CERTIFICATE_OF_MERIT');
    const before = await fingerprint(app.db);
    const again = await fromProposals({ proposalIds: [gid(fresh), gid(merit)] });
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ['proposalIds', '1'], code: 'PROPOSAL_IN_DOSSIER' })]);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('appraises each line with the engine’s report; an override needs its reason; all lines appraised before the decision level', async () => {
    const { dossier } = await receivedDossier();
    const [flagLine, meritLine] = dossier.lines;
    expect((await transition(dossier.id, 'FORWARDED')).userErrors).toEqual([]);
    expect((await transition(dossier.id, 'AWAITING_DECISION')).userErrors).toEqual([expect.objectContaining({ code: 'LINES_NOT_APPRAISED' })]);

    const passed = await appraise({ lineId: flagLine.id, result: 'ELIGIBLE', note: 'Đủ hồ sơ' });
    expect(passed.userErrors).toEqual([]);
    expect(passed.line.appraisalReport).toMatchObject({
      outcome: 'PASS',
      awardTypeCode: 'CO_THI_DUA_UBND_TINH',
      results: [{ rule: { code: 'KHONG_KY_LUAT' } }],
    });

    await discipline(app.db, units[1]!, 2023);
    const before = await fingerprint(app.db);
    const missing = await appraise({ lineId: meritLine.id, result: 'ELIGIBLE' });
    expect(missing.userErrors).toEqual([expect.objectContaining({ field: ['overrideReason'], code: 'OVERRIDE_REASON_REQUIRED' })]);
    expect(await fingerprint(app.db)).toEqual(before);
    const overridden = await appraise({ lineId: meritLine.id, result: 'ELIGIBLE', overrideReason: 'Kỷ luật đã được xóa theo quyết định sau' });
    expect(overridden.userErrors).toEqual([]);
    expect(overridden.line.appraisalReport.outcome).toBe('FAIL');

    const sent = await transition(dossier.id, 'AWAITING_DECISION');
    expect(sent.userErrors).toEqual([]);
    expect(sent.dossier.currentLevel).toBe('COUNCIL');
    // At the decision level the Board no longer appraises.
    expect((await appraise({ lineId: flagLine.id, result: 'INELIGIBLE', overrideReason: 'x' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
  });

  it('approves with a decision and a commendation per eligible line, AWARDED in the history; cancelling removes them', async () => {
    const { dossier } = await receivedDossier();
    const [flagLine, meritLine] = dossier.lines;
    await appraise({ lineId: flagLine.id, result: 'ELIGIBLE' });
    await appraise({ lineId: meritLine.id, result: 'INELIGIBLE', overrideReason: 'Thiếu báo cáo thành tích' });
    await transition(dossier.id, 'FORWARDED');
    await transition(dossier.id, 'AWAITING_DECISION');
    expect((await transition(dossier.id, 'AWARDED')).userErrors).toEqual([expect.objectContaining({ code: 'DECISION_REQUIRED' })]);

    const approved = await approve({ dossierId: dossier.id, decisionNumber: '101/QĐ-UBND', ...decision });
    expect(approved.userErrors).toEqual([]);
    const d = approved.dossier;
    expect(d).toMatchObject({ status: 'AWARDED', decision: { number: '101/QĐ-UBND', issuer: decision.issuer } });
    expect(d.lines[0].commendation).toMatchObject({
      status: 'AWARDED',
      decision: { id: d.decision.id },
      awardType: { code: 'CO_THI_DUA_UBND_TINH' },
      year: 2023,
      achievement: 'Dẫn đầu Khối thi đua Doanh nghiệp 2 năm 2023; bình chọn 7/9 phiếu',
    });
    expect(d.lines[1].commendation).toBeNull();
    const history = ok(
      await app.gql(`query($id: ID!) { dossier(id: $id) { history(first: 1) { nodes { reason changes { field before after } } } } }`, { id: dossier.id }),
    ).dossier.history.nodes;
    expect(history[0]).toMatchObject({ reason: `Phê duyệt: Quyết định số 101/QĐ-UBND của ${decision.issuer}.` });
    expect(history[0].changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', before: 'AWAITING_DECISION', after: 'AWARDED' })]));

    // The same number of the same issuer again: refused, nothing written.
    const { dossier: other } = await receivedDossier();
    for (const line of other.lines) await appraise({ lineId: line.id, result: 'ELIGIBLE', overrideReason: 'Ban xem xét' });
    await transition(other.id, 'FORWARDED');
    await transition(other.id, 'AWAITING_DECISION');
    const before = await fingerprint(app.db);
    const reused = await approve({ dossierId: other.id, decisionNumber: '101/QĐ-UBND', ...decision });
    expect(reused.userErrors).toEqual([expect.objectContaining({ field: ['decisionNumber'], code: 'DUPLICATE' })]);
    expect(await fingerprint(app.db)).toEqual(before);

    expect((await cancel({ dossierId: dossier.id, reason: '' })).userErrors).toEqual([expect.objectContaining({ code: 'REQUIRED' })]);
    const cancelled = await cancel({ dossierId: dossier.id, reason: 'Quyết định ghi sai số' });
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.dossier).toMatchObject({ status: 'AWAITING_DECISION', decision: null, lines: [{ commendation: null }, { commendation: null }] });
    expect((await app.db.query(`SELECT count(*)::int AS n FROM decision WHERE number = '101/QĐ-UBND'`))[0].n).toBe(0);
    expect(await app.db.query(`SELECT id FROM commendation WHERE id = $1`, [fromGlobalId(d.lines[0].commendation.id)!.id])).toEqual([]);
  });

  it('leaves nothing when a commendation fails midway (two lines for the same award), and refuses cancelling once presented', async () => {
    const { dossier } = await receivedDossier();
    // A second line for unit 0's flag, added directly (the dossier is at the Board): the second commendation is a duplicate.
    const stored = await app.db.manager.findOneByOrFail(Dossier, { id: fromGlobalId(dossier.id)!.id });
    await buildDossierLine(app.db, stored, units[0]!.id, { awardType: await app.db.manager.findOneByOrFail(AwardType, { code: 'CO_THI_DUA_UBND_TINH' }) });
    const lines = await app.db.manager.findBy(DossierLine, { dossierId: fromGlobalId(dossier.id)!.id });
    for (const line of lines) expect((await appraise({ lineId: gid(line), result: 'ELIGIBLE', overrideReason: 'Ban xem xét' })).userErrors).toEqual([]);
    await transition(dossier.id, 'FORWARDED');
    await transition(dossier.id, 'AWAITING_DECISION');
    const before = await fingerprint(app.db);
    const failed = await approve({ dossierId: dossier.id, decisionNumber: '202/QĐ-UBND', ...decision });
    expect(failed.userErrors).toEqual([expect.objectContaining({ field: ['lines', '3'], code: 'DUPLICATE' })]);
    expect(await fingerprint(app.db)).toEqual(before);

    await app.db.manager.save(
      Object.assign(
        lines.find((l) => l.position === 3)!,
        { included: false },
      ),
    );
    const approved = await approve({ dossierId: dossier.id, decisionNumber: '202/QĐ-UBND', ...decision });
    expect(approved.userErrors).toEqual([]);
    await app.db.query(`UPDATE commendation SET status = 'PRESENTED' WHERE id = $1`, [fromGlobalId(approved.dossier.lines[0].commendation.id)!.id]);
    const refused = await cancel({ dossierId: dossier.id, reason: 'Sai số quyết định' });
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'COMMENDATION_PRESENTED' })]);
  });
});
