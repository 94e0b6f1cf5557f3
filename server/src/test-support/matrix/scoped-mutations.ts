import type { DataSource } from 'typeorm';
import { setLeader } from '../../modules/bloc/bloc.builders.js';
import { BlocMembership } from '../../modules/bloc/entities.js';
import { buildComment } from '../../modules/comment/comment.builders.js';
import { buildBloc, buildCovenant, buildCriterion, buildSignature } from '../../modules/covenant/covenant.builders.js';
import { buildEvent } from '../../modules/event/event.builders.js';
import { buildAffiliation, buildPerson } from '../../modules/person/person.builders.js';
import { Covenant } from '../../modules/covenant/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { UnitFormerName, UnitLineage } from '../../modules/unit/entities.js';
import { buildUser, DOMAIN, personAt, READERS, type Who } from '../authorization.js';
import { buildUnit, gid } from '../builders.js';
import type { MutationCase } from './run.js';
import { ballotMutations } from './ballot-mutations.js';
import { dossierMutations } from './dossier-mutations.js';
import { scoringMutations } from './scoring-mutations.js';
import { fileMutations } from './file-mutations.js';

/**
 * Mutations that bloc and unit officers may run on their own bloc or unit (and the Board on any):
 * units, people, blocs and covenants; and comments, which follow what the caller may read. Every
 * record is arranged in world A (bloc A, unit A).
 */
const UNIT: readonly Who[] = [...DOMAIN, 'unitOwn'];
const BLOC: readonly Who[] = [...DOMAIN, 'blocOwn'];
/** A person of unit A: officers of unit B and of bloc B cannot see them at all. */
const UNSEEN_BY_OTHERS = { unitOther: 'NOT_FOUND', blocOther: 'NOT_FOUND' } as const;

const formerNameOf = (db: DataSource, unitId: string) => db.manager.save(db.manager.create(UnitFormerName, { unitId, name: unique('Tên gọi cũ') }));

let seq = 0;
const unique = (text: string) => `${text} ${(seq += 1)} ${process.pid}`;

export const scopedMutations: Record<string, MutationCase> = {
  ...ballotMutations,
  createUnit: { allow: DOMAIN, arrange: async () => ({ input: { name: unique('Đơn vị mới'), kind: 'ASSOCIATION' } }) },
  updateUnit: { allow: UNIT, arrange: async (_db, w) => ({ input: { id: gid(w.unitA), note: unique('Đã sửa') } }) },
  deleteUnit: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildUnit(db)) }) },
  recordUnitLineage: {
    allow: DOMAIN,
    arrange: async (db, w) => ({ input: { predecessorId: gid(await buildUnit(db)), successorId: gid(w.unitA), kind: 'MERGER', effectiveOn: '2025-07-01' } }),
  },
  deleteUnitLineage: {
    allow: DOMAIN,
    arrange: async (db, w) => {
      const lineage = await db.manager.save(
        db.manager.create(UnitLineage, { predecessorId: w.unitB.id, successorId: w.unitA.id, kind: 'MERGER', effectiveOn: '2025-07-01' }),
      );
      return { id: gid(lineage) };
    },
  },
  addUnitFormerName: { allow: UNIT, arrange: async (_db, w) => ({ input: { unitId: gid(w.unitA), name: unique('Tên gọi cũ'), usedUntil: '2022-12-31' } }) },
  updateUnitFormerName: {
    allow: UNIT,
    arrange: async (db, w) => ({ input: { id: gid(await formerNameOf(db, w.unitA.id)), note: unique('Theo quyết định') } }),
  },
  deleteUnitFormerName: { allow: UNIT, arrange: async (db, w) => ({ id: gid(await formerNameOf(db, w.unitA.id)) }) },

  createPerson: { allow: UNIT, arrange: async (_db, w) => ({ input: { fullName: 'Nguyễn Văn Mới', unitId: gid(w.unitA) } }) },
  updatePerson: { allow: UNIT, deny: UNSEEN_BY_OTHERS, arrange: async (db, w) => ({ input: { id: gid(await personAt(db, w.unitA)), note: 'Đã sửa' } }) },
  deletePerson: { allow: UNIT, deny: UNSEEN_BY_OTHERS, arrange: async (db, w) => ({ id: gid(await personAt(db, w.unitA)) }) },
  addPersonAffiliation: {
    allow: UNIT,
    arrange: async (db, w) => {
      const person = await buildPerson(db);
      await buildAffiliation(db, person, w.unitA, { startedOn: '2010-01-01', endedOn: '2015-12-31' });
      return { input: { personId: gid(person), unitId: gid(w.unitA), startedOn: '2020-01-01' } };
    },
  },
  endPersonAffiliation: {
    allow: UNIT,
    deny: UNSEEN_BY_OTHERS,
    arrange: async (db, w) => ({
      input: { id: gid(await buildAffiliation(db, await buildPerson(db), w.unitA, { startedOn: '2015-01-01' })), endedOn: '2024-12-31' },
    }),
  },
  deletePersonAffiliation: {
    allow: UNIT,
    deny: UNSEEN_BY_OTHERS,
    arrange: async (db, w) => ({ id: gid(await buildAffiliation(db, await buildPerson(db), w.unitA, { startedOn: '2015-01-01' })) }),
  },

  createBloc: {
    allow: DOMAIN,
    arrange: async () => ({ input: { name: unique('Khối mới'), code: unique('KM').replace(/ /g, '-'), kind: 'BLOC', level: 'PROVINCE' } }),
  },
  updateBloc: { allow: BLOC, arrange: async (_db, w) => ({ input: { id: gid(w.blocA), description: unique('Đã sửa') } }) },
  deleteBloc: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildBloc(db)) }) },
  // Adding a member widens the bloc officer's scope (the unit's people): the Board only.
  addBlocMember: { allow: DOMAIN, arrange: async (db, w) => ({ input: { blocId: gid(w.blocA), unitId: gid(await buildUnit(db)), fromYear: 2024 } }) },
  endBlocMembership: {
    // Ending earlier narrows the scope: the bloc's own officer may (moving it later is the Board's: bloc-membership.test.ts).
    allow: BLOC,
    arrange: async (db, w) => {
      const membership = await db.manager.save(db.manager.create(BlocMembership, { blocId: w.blocA.id, unitId: (await buildUnit(db)).id, fromYear: 2020 }));
      return { input: { membershipId: gid(membership), toYear: 2024 } };
    },
  },
  removeBlocMembership: {
    allow: BLOC,
    arrange: async (db, w) => ({
      id: gid(await db.manager.save(db.manager.create(BlocMembership, { blocId: w.blocA.id, unitId: (await buildUnit(db)).id, fromYear: 2020 }))),
    }),
  },
  setBlocYearRoles: { allow: BLOC, arrange: async (_db, w) => ({ input: { blocId: gid(w.blocA), year: 2024, headUnitId: gid(w.unitA) } }) },
  recordBlocLeader: { allow: BLOC, arrange: async (_db, w) => ({ input: { blocId: gid(w.blocA), year: 2024, unitId: gid(w.unitA) } }) },
  clearBlocLeader: {
    allow: BLOC,
    arrange: async (db, w) => {
      await setLeader(db, w.blocA, 2024, w.unitA);
      return { input: { blocId: gid(w.blocA), year: 2024 } };
    },
  },

  createCovenant: { allow: BLOC, arrange: async (_db, w) => ({ input: { blocId: gid(w.blocA), year: 2024, title: 'Giao ước thi đua năm 2024' } }) },
  updateCovenant: { allow: BLOC, arrange: async (db, w) => ({ input: { id: gid(await buildCovenant(db, { blocId: w.blocA.id })), content: 'Đã sửa' } }) },
  deleteCovenant: { allow: BLOC, arrange: async (db, w) => ({ id: gid(await buildCovenant(db, { blocId: w.blocA.id })) }) },
  transitionCovenant: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { id: gid(await buildCovenant(db, { blocId: w.blocA.id })), to: 'IN_COMMENT' } }),
    // Someone else sent it on meanwhile: its status changed since the caller's version.
    changeBehind: async (db, variables) => {
      const repository = db.getRepository('Covenant');
      const row = await repository.findOneByOrFail({ id: fromGlobalId((variables.input as { id: string }).id)!.id });
      await repository.save({ ...row, status: 'READY_TO_SIGN' });
    },
  },
  setCovenantSigningEvent: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), eventId: gid(await buildEvent(db)) } }),
    versionedRecord: (variables) => (variables.input as { covenantId: string }).covenantId,
    // Someone else sets another signing event.
    changeBehind: async (db, variables) => {
      const covenantId = fromGlobalId((variables.input as { covenantId: string }).covenantId)!.id;
      await db.manager.save(Covenant, { ...(await db.manager.findOneByOrFail(Covenant, { id: covenantId })), signingEventId: (await buildEvent(db)).id });
    },
  },
  addCovenantCriterion: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), title: 'Nhiệm vụ mới' } }),
  },
  updateCovenantCriterion: {
    allow: BLOC,
    arrange: async (db, w) => ({ input: { id: gid(await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }))), title: 'Đã sửa' } }),
  },
  moveCovenantCriterion: {
    allow: BLOC,
    arrange: async (db, w) => {
      const covenant = await buildCovenant(db, { blocId: w.blocA.id });
      const [first, second] = [await buildCriterion(db, covenant), await buildCriterion(db, covenant)];
      return { input: { id: gid(first), afterId: gid(second) } };
    },
  },
  deleteCovenantCriterion: { allow: BLOC, arrange: async (db, w) => ({ id: gid(await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }))) }) },
  signCovenant: {
    allow: [...BLOC, 'unitOwn'],
    arrange: async (db, w) => ({ input: { covenantId: gid(await buildCovenant(db, { blocId: w.blocA.id })), unitId: gid(w.unitA), signedOn: '2023-03-01' } }),
  },
  unsignCovenant: {
    allow: [...BLOC, 'unitOwn'],
    arrange: async (db, w) => {
      const covenant = await buildCovenant(db, { blocId: w.blocA.id });
      await buildSignature(db, covenant, w.unitA.id);
      return { input: { covenantId: gid(covenant), unitId: gid(w.unitA) } };
    },
  },

  // Comments: whoever reads the record writes on it (a partner token only with WRITE); the callers
  // here never wrote the comment they try to change, so only an administrator may delete it, and nobody edit it.
  addComment: {
    allow: READERS.filter((who) => !(who in UNSEEN_BY_OTHERS) && who !== 'tokenRead'),
    deny: UNSEEN_BY_OTHERS,
    arrange: async (db, w) => ({ input: { recordId: gid(await personAt(db, w.unitA)), body: 'Đề nghị bổ sung hồ sơ' } }),
  },
  editComment: {
    allow: [],
    arrange: async (db, w) => ({
      input: { id: gid(await buildComment(db, w.unitA, await buildUser(db, 'BOARD_OFFICER'))), body: 'Đã sửa', expectedVersion: 1 },
    }),
  },
  deleteComment: { allow: ['admin'], arrange: async (db, w) => ({ id: gid(await buildComment(db, w.unitA, await buildUser(db, 'BOARD_OFFICER'))) }) },

  ...scoringMutations,
  ...fileMutations,
  ...dossierMutations,
};
