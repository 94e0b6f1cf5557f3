import type { DataSource } from 'typeorm';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { buildAwardType } from '../../modules/award-type/award-type.builders.js';
import { AwardType } from '../../modules/award-type/entities.js';
import { ensureAwardCatalogue } from '../../modules/award-type/index.js';
import { buildCommendation } from '../../modules/commendation/commendation.builders.js';
import { buildCovenant } from '../../modules/covenant/covenant.builders.js';
import { buildDecision } from '../../modules/decision/decision.builders.js';
import { buildDossierAttachment } from '../../modules/file/file.builders.js';
import { buildProposal } from '../../modules/proposal/proposal.builders.js';
import { buildDossier, buildDossierLine, buildSentDossier } from '../../modules/dossier/dossier.builders.js';
import { Dossier, DossierLine } from '../../modules/dossier/entities.js';
import { buildUser, DOMAIN, type Who, type World } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase } from './run.js';

/**
 * Nomination dossiers: unit A's officer (or the Board) composes, edits and submits unit A's
 * dossier, sent to bloc A; bloc A's officer (or the Board) aggregates what bloc A received. The
 * officers of unit B and bloc B do not see unit A's dossiers at all; bloc A's officer sees them
 * but may not edit them, unit A's may not aggregate them.
 */
const UNIT: readonly Who[] = [...DOMAIN, 'unitOwn'];
const BLOC: readonly Who[] = [...DOMAIN, 'blocOwn'];
const UNSEEN = { unitOther: 'NOT_FOUND', blocOther: 'NOT_FOUND' } as const;

/** Someone else moves the dossier meanwhile: its status changed since the caller's version. */
const statusBehind = (status: Dossier['status']) => async (db: DataSource, variables: Record<string, unknown>) => {
  const id = fromGlobalId((variables.input as { dossierId: string }).dossierId)!.id;
  await db.manager.save(Dossier, { ...(await db.manager.findOneByOrFail(Dossier, { id })), status });
};
const byDossier = (v: Record<string, unknown>) => (v.input as { dossierId: string }).dossierId;
let decisions = 0;
/** A unit's dossier sent straight to the Board: bloc A's officer does not see it either. */
const BOARD_ONLY = { ...UNSEEN, blocOwn: 'NOT_FOUND' } as const;

/** unit A's dossier at the decision level, its one line appraised ELIGIBLE. */
async function awaitingDecision(db: DataSource, w: World): Promise<Dossier> {
  const dossier = await buildSentDossier(db, w.unitA.id, 'AWAITING_DECISION', { currentLevel: 'COUNCIL' });
  await buildDossierLine(db, dossier, w.unitA.id, { appraisalResult: 'ELIGIBLE' });
  return dossier;
}

export const dossierMutations: Record<string, MutationCase> = {
  createDossier: {
    allow: UNIT,
    arrange: async (_db, w) => ({ input: { proposingUnitId: gid(w.unitA), blocId: gid(w.blocA), kind: 'MERIT', year: 2023, title: 'Đề nghị Bằng khen' } }),
  },
  updateDossier: {
    allow: UNIT,
    deny: UNSEEN,
    arrange: async (db, w) => ({ input: { id: gid(await buildDossier(db, w.unitA.id, { blocId: w.blocA.id })), title: 'Đề nghị đã sửa' } }),
  },
  deleteDossier: { allow: UNIT, deny: UNSEEN, arrange: async (db, w) => ({ id: gid(await buildDossier(db, w.unitA.id, { blocId: w.blocA.id })) }) },
  addDossierLine: {
    allow: UNIT,
    deny: UNSEEN,
    arrange: async (db, w) => ({
      input: {
        dossierId: gid(await buildDossier(db, w.unitA.id, { blocId: w.blocA.id })),
        unitId: gid(w.unitA),
        awardTypeId: gid(await buildAwardType(db, { subjectKinds: ['COLLECTIVE'] })),
      },
    }),
  },
  updateDossierLine: {
    allow: UNIT,
    deny: UNSEEN,
    arrange: async (db, w) => ({
      input: { id: gid(await buildDossierLine(db, await buildDossier(db, w.unitA.id, { blocId: w.blocA.id }), w.unitA.id)), achievement: 'Sửa' },
    }),
  },
  deleteDossierLine: {
    allow: UNIT,
    deny: UNSEEN,
    arrange: async (db, w) => ({ id: gid(await buildDossierLine(db, await buildDossier(db, w.unitA.id, { blocId: w.blocA.id }), w.unitA.id)) }),
  },
  transitionDossier: {
    allow: UNIT,
    deny: UNSEEN,
    arrange: async (db, w) => {
      const dossier = await buildDossier(db, w.unitA.id, { blocId: w.blocA.id });
      await buildDossierLine(db, dossier, w.unitA.id);
      await buildDossierAttachment(db, dossier.id, 'TOTRINH');
      return { input: { id: gid(dossier), to: 'SUBMITTED' } };
    },
    // Returned meanwhile by someone else: its status changed since the caller's version.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { id: string }).id)!.id;
      await db.manager.save(Dossier, { ...(await db.manager.findOneByOrFail(Dossier, { id })), status: 'RETURNED' });
    },
  },
  aggregateDossiers: {
    allow: BLOC,
    deny: UNSEEN,
    arrange: async (db, w) => {
      const received = await buildSentDossier(db, w.unitA.id, 'RECEIVED', { blocId: w.blocA.id });
      await buildDossierLine(db, received, w.unitA.id);
      return { input: { ids: [gid(received)], title: 'Khối tổng hợp đề nghị' } };
    },
  },
  createDossierFromProposals: {
    allow: BLOC,
    deny: UNSEEN,
    arrange: async (db, w) => {
      await ensureAwardCatalogue(db.manager);
      const covenant = await buildCovenant(db, { blocId: w.blocA.id, year: 2023 });
      return { input: { proposalIds: [gid(await buildProposal(db, covenant, w.unitA.id))], proposingUnitId: gid(w.unitA) } };
    },
  },
  appraiseDossierLine: {
    allow: DOMAIN,
    deny: BOARD_ONLY,
    arrange: async (db, w) => {
      const dossier = await buildSentDossier(db, w.unitA.id, 'RECEIVED');
      return { input: { lineId: gid(await buildDossierLine(db, dossier, w.unitA.id)), result: 'ELIGIBLE', note: 'Đủ hồ sơ' } };
    },
    versionedRecord: (v) => (v.input as { lineId: string }).lineId,
    // Appraised meanwhile by someone else.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId((variables.input as { lineId: string }).lineId)!.id;
      await db.manager.save(DossierLine, { ...(await db.manager.findOneByOrFail(DossierLine, { id })), appraisalResult: 'INELIGIBLE' });
    },
  },
  assignDossierSpecialist: {
    allow: DOMAIN,
    deny: BOARD_ONLY,
    arrange: async (db, w) => ({
      input: { dossierId: gid(await buildSentDossier(db, w.unitA.id, 'RECEIVED')), specialistId: gid(await buildUser(db, 'BOARD_OFFICER')) },
    }),
    versionedRecord: byDossier,
    changeBehind: async (db, variables) => {
      // Another Board officer assigned someone else meanwhile.
      const id = fromGlobalId((variables.input as { dossierId: string }).dossierId)!.id;
      const other = await buildUser(db, 'BOARD_OFFICER');
      await db.manager.save(Dossier, { ...(await db.manager.findOneByOrFail(Dossier, { id })), specialistId: other.id });
    },
  },
  approveDossier: {
    allow: DOMAIN,
    deny: BOARD_ONLY,
    arrange: async (db, w) => ({
      input: {
        dossierId: gid(await awaitingDecision(db, w)),
        decisionNumber: `${process.pid}-${(decisions += 1)}/QĐ-UBND`,
        issuedOn: '2024-01-20',
        issuer: 'UBND thành phố',
      },
    }),
    versionedRecord: byDossier,
    changeBehind: statusBehind('RETURNED_FOR_REVIEW'),
  },
  cancelDossierApproval: {
    allow: DOMAIN,
    deny: BOARD_ONLY,
    arrange: async (db, w) => {
      const decision = await buildDecision(db);
      const dossier = await buildSentDossier(db, w.unitA.id, 'AWARDED', { currentLevel: 'COUNCIL', decisionId: decision.id });
      const line = await buildDossierLine(db, dossier, w.unitA.id, { appraisalResult: 'ELIGIBLE' });
      const type = await db.manager.findOneByOrFail(AwardType, { id: line.awardTypeId });
      const commendation = await buildCommendation(db, w.unitA, type, { decisionId: decision.id, year: 2023 });
      await db.manager.save(Object.assign(line, { commendationId: commendation.id }));
      return { input: { dossierId: gid(dossier), reason: 'Quyết định ghi sai' } };
    },
    versionedRecord: byDossier,
    changeBehind: statusBehind('RETURNED_FOR_REVIEW'),
  },
};
