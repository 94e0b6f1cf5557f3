import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_LAYOUT } from '@thidua/shared';
import { hashPassword } from '../../core/auth/password.js';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import type { Unit } from '../unit/entities.js';
import { buildDossierAttachment, buildDossierAttachments, buildEvidenceFile } from '../file/file.builders.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { ensureAwardCatalogue } from '../award-type/index.js';
import { buildCovenant } from '../covenant/covenant.builders.js';
import { buildProposal } from '../proposal/proposal.builders.js';

/**
 * Every mutation of the schema that changes a record leaves at least one event, stamped with its
 * request. Only logging in and out, presence and background jobs change no record (sessions, presence
 * and jobs are not records; modules/job tests what a job writes).
 */
const CHANGE_NOTHING = ['login', 'logout', 'presenceHeartbeat', 'leavePresence', 'startListExport', 'cancelJob'];

let app: TestApp;
let units: Unit[];
beforeAll(async () => {
  app = await createTestApp();
  units = [await buildUnit(app.db), await buildUnit(app.db), await buildUnit(app.db)];
});
afterAll(() => app.close());

const exercised = new Map<string, number>();
let requests = 0;

/** Runs `name(args)` selecting `select`; fails on user errors; records how many events it left. */
async function call(name: string, args: string, variables: Record<string, unknown>, select: string, gql: Gql = app.gql): Promise<any> {
  const requestId = `every-mutation-${process.pid}-${(requests += 1)}`;
  const params = Object.keys(variables)
    .map((key) => `$${key}: ${typeOfVariable(name, key)}`)
    .join(', ');
  const data = ok(
    await gql(`mutation${params ? `(${params})` : ''} { ${name}${args ? `(${args})` : ''} { ${select} userErrors { field code message } } }`, variables, {
      'x-request-id': requestId,
    }),
  );
  expect(data[name].userErrors, name).toEqual([]);
  const events = ok(await app.gql(`query($id: String!) { changeEvents(filter: { requestId: { eq: $id } }) { totalCount } }`, { id: requestId }));
  exercised.set(name, events.changeEvents.totalCount);
  return data[name];
}

function typeOfVariable(mutation: string, key: string): string {
  if (key === 'id') return 'ID!';
  return `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!`;
}

const input = (name: string, value: Record<string, unknown>, select: string, gql?: Gql) => call(name, 'input: $input', { input: value }, select, gql);
const byId = (name: string, id: string, select = 'deletedId') => call(name, 'id: $id', { id }, select);

describe('every mutation', () => {
  it('leaves events in the log', async () => {
    const [u1, u2, u3] = units.map(gid) as [string, string, string];

    const unit = (await input('createUnit', { name: 'Hội Khuyến học', kind: 'ASSOCIATION' }, 'unit { id }')).unit.id;
    await input('updateUnit', { id: unit, note: 'Sửa' }, 'unit { id }');
    const lineage = (await input('recordUnitLineage', { predecessorId: u3, successorId: u2, kind: 'MERGER', effectiveOn: '2024-01-01' }, 'lineage { id }'))
      .lineage.id;
    await byId('deleteUnitLineage', lineage);
    const formerName = (await input('addUnitFormerName', { unitId: unit, name: 'Tên gọi trước đây' }, 'formerName { id }')).formerName.id;
    await input('updateUnitFormerName', { id: formerName, usedUntil: '2022-12-31' }, 'formerName { id }');
    await byId('deleteUnitFormerName', formerName);

    const decision = (await input('createDecision', { issuer: 'UBND thành phố', issuerLevel: 'PROVINCE', subject: 'Tặng Bằng khen' }, 'decision { id }'))
      .decision.id;
    await input('updateDecision', { id: decision, note: 'Sửa' }, 'decision { id }');
    await input('publishDecision', { id: decision, publishedOn: '2023-03-01' }, 'decision { id }');
    await input('unpublishDecision', { id: decision }, 'decision { id }');
    const event = (await input('createEvent', { kind: 'CEREMONY', title: 'Lễ trao tặng', heldOn: '2024-03-01' }, 'event { id }')).event.id;
    await input('updateEvent', { id: event, venue: 'Nhà hát' }, 'event { id }');

    const bloc = (await input('createBloc', { name: 'Khối thử', code: `K-${process.pid}`, kind: 'BLOC', level: 'PROVINCE' }, 'bloc { id }')).bloc.id;
    await input('updateBloc', { id: bloc, area: 'Hải Phòng' }, 'bloc { id }');
    await input('addBlocMember', { blocId: bloc, unitId: u1, fromYear: 2020 }, 'membership { id }');
    await input('addBlocMember', { blocId: bloc, unitId: u2, fromYear: 2020 }, 'membership { id }');
    const membership = (await input('addBlocMember', { blocId: bloc, unitId: u3, fromYear: 2020 }, 'membership { id }')).membership.id;
    await input('endBlocMembership', { membershipId: membership, toYear: 2021 }, 'membership { id }');
    await byId('removeBlocMembership', membership);
    await input('setBlocYearRoles', { blocId: bloc, year: 2023, headUnitId: u1, deputyUnitId: u2 }, 'bloc { id }');
    await input('recordBlocLeader', { blocId: bloc, unitId: u1, year: 2023 }, 'leader { id }');
    await input('clearBlocLeader', { blocId: bloc, year: 2023 }, 'bloc { id }');

    const movement = (await input('createMovement', { name: 'Phong trào thử', kind: 'REGULAR', scope: 'PROVINCE' }, 'movement { id }')).movement.id;
    const spare = (await input('createMovement', { name: 'Phong trào phụ', kind: 'THEMATIC', scope: 'PROVINCE' }, 'movement { id }')).movement.id;
    await input('updateMovement', { id: movement, slogan: 'Thi đua là yêu nước' }, 'movement { id }');
    await input('updateMovement', { id: movement, launchedOn: '2024-01-15' }, 'movement { id }');
    await input('transitionMovement', { id: movement, to: 'LAUNCHED' }, 'movement { id }');

    const covenant = (await input('createCovenant', { blocId: bloc, year: 2023, title: 'Giao ước 2023', movementIds: [movement] }, 'covenant { id }')).covenant
      .id;
    await input('updateCovenant', { id: covenant, movementIds: [movement, spare] }, 'covenant { id }');
    await input('transitionCovenant', { id: covenant, to: 'IN_COMMENT', reason: 'Gửi các đơn vị góp ý' }, 'covenant { id }');
    const first = (await input('addCovenantCriterion', { covenantId: covenant, title: 'Nhiệm vụ 1' }, 'criterion { id }')).criterion.id;
    const second = (await input('addCovenantCriterion', { covenantId: covenant, title: 'Nhiệm vụ 2' }, 'criterion { id }')).criterion.id;
    await input('updateCovenantCriterion', { id: first, movementIds: [movement] }, 'criterion { id }');
    await input('moveCovenantCriterion', { id: second, beforeId: first }, 'criterion { id }');
    await byId('deleteCovenantCriterion', second);
    await input('signCovenant', { covenantId: covenant, unitId: u1, signedOn: '2023-03-01' }, 'signature { id }');
    await input('unsignCovenant', { covenantId: covenant, unitId: u1 }, 'covenant { id }');
    await input('setCovenantSigningEvent', { covenantId: covenant, eventId: event }, 'covenant { id }');
    const quantity = (
      await input('addCovenantCriterion', { covenantId: covenant, title: 'Chỉ tiêu kết nạp hội viên', kind: 'QUANTITATIVE', maxScore: 10 }, 'criterion { id }')
    ).criterion.id;
    await input('setCovenantScoringSettings', { covenantId: covenant, leaderNotTwiceInARow: true }, 'settings { id }');
    await input('setCovenantTarget', { criterionId: quantity, unitId: u1, target: 100 }, 'target { id }');
    // Scores are entered in self-assessment (sheets open then): signed by both members of 2023, started.
    const step = (to: string) => input('transitionCovenant', { id: covenant, to }, 'covenant { id }');
    await step('READY_TO_SIGN');
    await input('signCovenant', { covenantId: covenant, unitId: u1, signedOn: '2023-03-01' }, 'signature { id }');
    await input('signCovenant', { covenantId: covenant, unitId: u2, signedOn: '2023-03-01' }, 'signature { id }');
    for (const to of ['SIGNED', 'IN_PROGRESS', 'SELF_ASSESSMENT']) await step(to);
    await input('enterSelfAssessment', { criterionId: first, unitId: u1, met: true }, 'assessment { id }');
    const assessment = (
      await input('enterSelfAssessment', { criterionId: quantity, unitId: u1, actualValue: 120, evidence: 'Báo cáo năm' }, 'assessment { id }')
    ).assessment.id;
    // Uploads are HTTP (modules/file/file.test.ts); the file is arranged directly.
    await byId('deleteStoredFile', gid(await buildEvidenceFile(app.db, fromGlobalId(assessment)!.id)));
    const sheets = ok(await app.gql(`query($id: ID!) { covenant(id: $id) { sheets { id unit { id } } } }`, { id: covenant })).covenant.sheets;
    const sheet = sheets.find((s: { unit: { id: string } }) => s.unit.id === u1).id;
    await input('assignCovenantSheetReviewer', { id: sheet, reviewerUnitId: u2 }, 'sheet { id }');
    await input('transitionCovenantSheet', { id: sheet, to: 'SUBMITTED' }, 'sheet { id }');
    await input('enterReviewScore', { criterionId: quantity, unitId: u1, reviewScore: 9 }, 'assessment { id }');
    const violation = (await input('recordCovenantViolation', { covenantId: covenant, unitId: u2, reason: 'Vi phạm kỷ luật' }, 'violation { id }')).violation
      .id;
    await byId('deleteCovenantViolation', violation);
    const voting = (await input('createCovenant', { blocId: bloc, year: 2024, title: 'Giao ước 2024' }, 'covenant { id }')).covenant.id;
    const ballot = (
      await input(
        'createBallotSession',
        { covenantId: voting, title: 'Bình chọn đơn vị dẫn đầu', purpose: 'LEADING_UNIT', candidateIds: [u1, u2] },
        'session { id }',
      )
    ).session.id;
    await input('updateBallotSession', { id: ballot, candidateIds: [u2, u1], quorumPercent: 60 }, 'session { id }');
    await input('transitionBallotSession', { id: ballot, to: 'OPEN' }, 'session { id }');
    await input('castBallot', { sessionId: ballot, unitId: u1, agreedCandidateIds: [u2] }, 'session { id }');

    const kinds = ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'];
    const awardType = (
      await input(
        'createAwardType',
        { code: `BK_${process.pid}`, nameVi: 'Bằng khen thử', nameEn: 'Test', category: 'FORM', level: 'PROVINCE', subjectKinds: kinds },
        'awardType { id }',
      )
    ).awardType.id;
    const unusedType = (
      await input(
        'createAwardType',
        { code: `GK_${process.pid}`, nameVi: 'Giấy khen thử', nameEn: 'Test 2', category: 'FORM', level: 'ORGANIZATION', subjectKinds: kinds },
        'awardType { id }',
      )
    ).awardType.id;
    await input('updateAwardType', { id: awardType, rank: 5 }, 'awardType { id }');

    const person = (await input('createPerson', { fullName: 'Nguyễn Văn An', unitId: u1 }, 'person { id }')).person.id;
    await input('updatePerson', { id: person, birthYear: 1980 }, 'person { id }');
    const affiliation = (await input('addPersonAffiliation', { personId: person, unitId: u2, startedOn: '2020-01-01' }, 'affiliation { id }')).affiliation.id;
    await input('endPersonAffiliation', { id: affiliation, endedOn: '2022-01-01' }, 'affiliation { id }');
    await byId('deletePersonAffiliation', affiliation);
    const household = (await input('createHousehold', { name: 'Hộ ông Ba' }, 'household { id }')).household.id;
    await input('updateHousehold', { id: household, area: 'Hải Phòng' }, 'household { id }');

    const commendation = (
      await input(
        'createCommendation',
        { awardTypeId: awardType, subject: { unitId: u1 }, year: 2023, achievement: 'Hoàn thành xuất sắc' },
        'commendation { id }',
      )
    ).commendation.id;
    await input('updateCommendation', { id: commendation, note: 'Sửa' }, 'commendation { id }');
    await input('markCommendationPresented', { id: commendation, eventId: event }, 'commendation { id }');
    // Eligibility: rules (the Board's), ratings, discipline records, initiatives and their one use.
    const content = {
      titleVi: 'Quy tắc thử',
      awardTypeCodes: [],
      subjectKinds: [],
      condition: { fact: 'principle' },
      sourceDocument: 'Văn bản thử',
      effectiveFrom: '2024-01-01',
    };
    const rule = (await input('createEligibilityRule', { ...content, code: `QT_${process.pid}` }, 'rule { id }')).rule.id;
    const revision = (await input('reviseEligibilityRule', { ...content, id: rule, effectiveFrom: '2025-01-01' }, 'rule { id }')).rule.id;
    await input('retireEligibilityRule', { id: revision, effectiveTo: '2025-12-31', reason: 'Bãi bỏ' }, 'rule { id }');
    const rating = (await input('createPerformanceRating', { subjectId: u1, year: 2023, rating: 'GOOD' }, 'rating { id }')).rating.id;
    await input('updatePerformanceRating', { id: rating, rating: 'EXCELLENT' }, 'rating { id }');
    await byId('deletePerformanceRating', rating);
    const punishment = (await input('createDisciplineRecord', { subjectId: u1, year: 2023, form: 'REPRIMAND', reason: 'Thử' }, 'disciplineRecord { id }'))
      .disciplineRecord.id;
    await input('updateDisciplineRecord', { id: punishment, reason: 'Sửa' }, 'disciplineRecord { id }');
    await byId('deleteDisciplineRecord', punishment);
    const initiative = (
      await input('createInitiative', { subjectId: u1, title: 'Sáng kiến thử', level: 'GRASSROOTS', recognizedYear: 2023 }, 'initiative { id }')
    ).initiative.id;
    await input('updateInitiative', { id: initiative, recognizedBy: 'Hội đồng sáng kiến' }, 'initiative { id }');
    await input('useInitiative', { id: initiative, commendationId: commendation }, 'initiative { id }');
    await byId('deleteInitiative', initiative);
    await input('revokeCommendation', { id: commendation, reason: 'Nhầm', revokedOn: '2024-01-01' }, 'commendation { id }');
    await byId('deleteCommendation', commendation);
    await input(
      'recordCommendations',
      {
        awardTypeId: awardType,
        year: 2023,
        decision: { issuer: 'UBND thành phố', issuerLevel: 'PROVINCE', subject: 'Khen thưởng tổng kết' },
        recipients: [{ unitId: u2, achievement: 'Dẫn đầu khối' }],
      },
      'commendations { id }',
    );
    const tally = (
      await input(
        'createCommendationTally',
        {
          year: 2023,
          reporterUnitId: u1,
          collectiveCount: 2,
          individualCount: 5,
          issuers: 'UBND',
          description: 'Tổng kết',
          sourceNote: 'Không nêu tên',
          awardTypeIds: [awardType],
        },
        'tally { id }',
      )
    ).tally.id;
    await input('updateCommendationTally', { id: tally, awardTypeIds: [] }, 'tally { id }');
    await byId('deleteCommendationTally', tally);

    // The registry of forms 0604/0605: an organisation doing TĐKT work and one of its civil servants.
    const organization = (
      await input('createTdktOrganization', { name: 'Ban Thi đua – Khen thưởng', kind: 'PROVINCE_BOARD', unitId: u1 }, 'organization { id }')
    ).organization.id;
    await input('updateTdktOrganization', { id: organization, note: 'Thuộc Sở Nội vụ' }, 'organization { id }');
    const officer = (
      await input('createTdktOfficer', { fullName: 'Trần Thị Thử', organizationId: organization, gender: 'FEMALE', birthYear: 1988 }, 'officer { id }')
    ).officer.id;
    await input('updateTdktOfficer', { id: officer, tdktStartYear: 2015 }, 'officer { id }');
    await byId('deleteTdktOfficer', officer);
    await byId('deleteTdktOrganization', organization);

    // Nomination dossiers: compose, submit to the bloc, receive, aggregate, delete the aggregate (its source is received again).
    const dossier = (
      await input(
        'createDossier',
        { proposingUnitId: u1, blocId: bloc, kind: 'MERIT', year: 2023, title: 'Đề nghị Bằng khen', proposalNumber: '1/TTr' },
        'dossier { id }',
      )
    ).dossier.id;
    await input('updateDossier', { id: dossier, content: 'Báo cáo thành tích' }, 'dossier { id }');
    const line = (await input('addDossierLine', { dossierId: dossier, unitId: u1, awardTypeId: awardType }, 'line { id }')).line.id;
    await input('updateDossierLine', { id: line, achievement: 'Dẫn đầu khối' }, 'line { id }');
    await byId('deleteDossierLine', (await input('addDossierLine', { dossierId: dossier, unitId: u2, awardTypeId: awardType }, 'line { id }')).line.id);
    await byId('deleteStoredFile', gid(await buildDossierAttachment(app.db, fromGlobalId(dossier)!.id, 'KHAC')));
    await buildDossierAttachments(app.db, fromGlobalId(dossier)!.id);
    await input('transitionDossier', { id: dossier, to: 'SUBMITTED' }, 'dossier { id }');
    await input('transitionDossier', { id: dossier, to: 'RECEIVED' }, 'dossier { id }');
    await byId('deleteDossier', (await input('aggregateDossiers', { ids: [dossier], title: 'Khối tổng hợp' }, 'dossier { id }')).dossier.id);

    // From a bloc vote's proposal: the dossier, the Board's appraisal, approval with a decision, its cancellation.
    await ensureAwardCatalogue(app.db.manager);
    const voted = await buildProposal(app.db, await buildCovenant(app.db, { year: 2023 }), units[0]!.id);
    const fromVote = (
      await input('createDossierFromProposals', { proposalIds: [gid(voted)], proposingUnitId: u1, proposalNumber: '2/TTr' }, 'dossier { id lines { id } }')
    ).dossier;
    await buildDossierAttachments(app.db, fromGlobalId(fromVote.id)!.id);
    await input('transitionDossier', { id: fromVote.id, to: 'SUBMITTED' }, 'dossier { id }');
    await input('transitionDossier', { id: fromVote.id, to: 'RECEIVED' }, 'dossier { id }');
    await input('appraiseDossierLine', { lineId: fromVote.lines[0].id, result: 'ELIGIBLE', overrideReason: 'Ban xem xét' }, 'line { id }');
    await input('transitionDossier', { id: fromVote.id, to: 'FORWARDED' }, 'dossier { id }');
    const boardOfficer = (await app.loginAs('BOARD_OFFICER')).user;
    await input('assignDossierSpecialist', { dossierId: fromVote.id, specialistId: gid(boardOfficer) }, 'dossier { id }');
    await input('assignDossierSpecialist', { dossierId: fromVote.id, specialistId: null }, 'dossier { id }');
    await input('transitionDossier', { id: fromVote.id, to: 'AWAITING_DECISION' }, 'dossier { id }');
    await input(
      'approveDossier',
      { dossierId: fromVote.id, decisionNumber: `${process.pid}/QĐ-UBND`, issuedOn: '2024-01-20', issuer: 'UBND thành phố' },
      'dossier { id }',
    );
    await input('cancelDossierApproval', { dossierId: fromVote.id, reason: 'Quyết định ghi sai' }, 'dossier { id }');

    const members = [
      { name: 'Lê Văn A', position: 'Chủ tịch UBND', role: 'CHAIR', present: true },
      { name: 'Trần Thị B', role: 'MEMBER', present: true },
    ];
    const council = (
      await input('createCouncilSession', { title: 'Phiên họp Hội đồng', year: 2023, dossierIds: [fromVote.id] }, 'session { id agenda { line { id } } }')
    ).session;
    await input('updateCouncilSession', { id: council.id, members, venue: 'Hội trường' }, 'session { id }');
    await input('transitionCouncilSession', { id: council.id, to: 'VOTING' }, 'session { id }');
    const counts = council.agenda.map((item: { line: { id: string } }) => ({ lineId: item.line.id, agree: 2, disagree: 0 }));
    await input('recordCouncilVotes', { id: council.id, votes: counts }, 'session { id }');
    await input('transitionCouncilSession', { id: council.id, to: 'CLOSED' }, 'session { id }');
    await byId('deleteCouncilSession', (await input('createCouncilSession', { title: 'Phiên dự thảo', year: 2023 }, 'session { id }')).session.id);
    const minutesTemplate = (await input('saveDocumentTemplate', { kind: 'COUNCIL_MINUTES', body: '# BIÊN BẢN\n{title}' }, 'template { id version }')).template;
    await input(
      'saveDocumentTemplate',
      { kind: 'COUNCIL_MINUTES', body: '# BIÊN BẢN HỌP\n{title}', expectedVersion: minutesTemplate.version },
      'template { id }',
    );
    const layout = {
      awardTypeId: awardType,
      pageWidth: 420,
      pageHeight: 297,
      fields: DEFAULT_CERTIFICATE_LAYOUT.fields.map((f) => ({ ...f, align: f.align.toUpperCase() })),
    };
    const savedLayout = (await input('saveCertificateLayout', layout, 'layout { id version }')).layout;
    await input('saveCertificateLayout', { ...layout, pageWidth: 410, expectedVersion: savedLayout.version }, 'layout { id }');

    const user = (await input('createUser', { username: `kiem_thu_${process.pid}`, displayName: 'Cán bộ kiểm thử', role: 'ANALYST' }, 'user { id }')).user.id;
    await input('updateUser', { id: user, displayName: 'Cán bộ kiểm thử 2' }, 'user { id }');
    await byId('resetUserPassword', user, 'user { id }');
    const me = await app.loginAs('ANALYST');
    me.user.passwordHash = await hashPassword('Mật khẩu cũ 2024!');
    await app.db.manager.save(me.user);
    await input('changePassword', { currentPassword: 'Mật khẩu cũ 2024!', newPassword: 'Mật khẩu mới 2025!' }, 'user { id }', me.gql);
    const token = (await input('createApiToken', { name: 'Phần mềm đối tác', scopes: ['READ'], expiresAt: '2099-01-01T00:00:00.000Z' }, 'token { id }')).token
      .id;
    await input('revokeApiToken', { id: token }, 'token { id }');

    const comment = (await input('addComment', { recordId: decision, body: `@${me.user.username} xem giúp` }, 'comment { id }')).comment.id;
    await input('editComment', { id: comment, body: 'Đã xem', expectedVersion: 1 }, 'comment { id }');
    await byId('deleteComment', comment);

    await byId('deleteHousehold', household);
    await byId('deletePerson', person);
    await byId('deleteCovenant', covenant);
    await byId('deleteEvent', event);
    await byId('deleteMovement', spare);
    await byId('deleteAwardType', unusedType);
    await byId('deleteDecision', decision);
    await byId('deleteUnit', unit);
    await byId(
      'deleteBloc',
      (await input('createBloc', { name: 'Khối xóa', code: `KX-${process.pid}`, kind: 'CLUSTER', level: 'PROVINCE' }, 'bloc { id }')).bloc.id,
    );

    const schema = ok(await app.gql(`{ __type(name: "Mutation") { fields { name } } }`));
    const all: string[] = schema.__type.fields.map((field: { name: string }) => field.name).sort();
    expect([...exercised.keys()].sort()).toEqual(all.filter((name) => !CHANGE_NOTHING.includes(name)));
    expect([...exercised].filter(([, events]) => events === 0)).toEqual([]);
  });
});
