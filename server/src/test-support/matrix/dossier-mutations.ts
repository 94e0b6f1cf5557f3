import { fromGlobalId } from '../../core/graphql/global-id.js';
import { buildAwardType } from '../../modules/award-type/award-type.builders.js';
import { buildDossier, buildDossierLine, buildSentDossier } from '../../modules/dossier/dossier.builders.js';
import { Dossier } from '../../modules/dossier/entities.js';
import { DOMAIN, type Who } from '../authorization.js';
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
};
