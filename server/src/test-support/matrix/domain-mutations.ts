import {
  buildAwardType,
  buildCommendation,
  buildDecision,
  buildEvent,
  buildHousehold,
  buildMovement,
} from '../../modules/commendation/commendation.builders.js';
import { CommendationTally } from '../../modules/commendation/entities.js';
import { buildToken, buildUser, DOMAIN, PASSWORD, READERS, USERS, WHO } from '../authorization.js';
import { gid } from '../builders.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { councilMutations } from './council.js';
import { jobMutations } from './job.js';
import { documentMutations } from './document.js';
import { eligibilityMutations } from './eligibility.js';
import { publicationMutations } from './public-lookup.js';
import { statisticsMutations } from './statistics.js';
import type { MutationCase } from './run.js';

/**
 * Mutations only the Board's writers run (households, decisions, events, movements, award types,
 * commendations, tallies), the administrator's (accounts, API tokens), and signing in and out.
 */
let seq = 0;
const unique = (text: string) => `${text}_${(seq += 1)}_${process.pid}`;
const ADMIN = ['admin'] as const;

export const domainMutations: Record<string, MutationCase> = {
  createHousehold: { allow: DOMAIN, arrange: async () => ({ input: { name: 'Hộ ông Nguyễn Văn A' } }) },
  updateHousehold: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await buildHousehold(db)), address: 'Thôn Đông' } }) },
  deleteHousehold: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildHousehold(db)) }) },

  createDecision: {
    allow: DOMAIN,
    arrange: async () => ({ input: { issuer: 'UBND thành phố Hải Phòng', issuerLevel: 'PROVINCE', subject: 'Về việc khen thưởng' } }),
  },
  updateDecision: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await buildDecision(db)), note: 'Đã sửa' } }) },
  deleteDecision: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildDecision(db)) }) },
  ...publicationMutations,

  createEvent: {
    allow: DOMAIN,
    arrange: async (_db, w) => ({ input: { kind: 'COVENANT_SIGNING', title: 'Hội nghị ký kết', heldOn: '2024-03-01', hostUnitId: gid(w.unitA) } }),
  },
  updateEvent: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await buildEvent(db)), venue: 'Hội trường' } }) },
  deleteEvent: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildEvent(db)) }) },

  createMovement: { allow: DOMAIN, arrange: async () => ({ input: { name: 'Chuyển đổi số', kind: 'REGULAR', scope: 'PROVINCE' } }) },
  updateMovement: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await buildMovement(db)), slogan: 'Đã sửa' } }) },
  deleteMovement: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildMovement(db)) }) },
  transitionMovement: {
    allow: DOMAIN,
    arrange: async (db) => ({ input: { id: gid(await buildMovement(db, { status: 'OPEN' })), to: 'REVIEWING' } }),
    // Someone else moved the movement on meanwhile: its status changed since the caller's version.
    changeBehind: async (db, variables) => {
      const repository = db.getRepository('Movement');
      const row = await repository.findOneByOrFail({ id: fromGlobalId((variables.input as { id: string }).id)!.id });
      await repository.save({ ...row, status: 'CONCLUDED' });
    },
  },

  createAwardType: {
    allow: DOMAIN,
    arrange: async () => ({
      input: { code: unique('MT'), nameVi: 'Bằng khen thử', nameEn: 'Test certificate', category: 'FORM', subjectKinds: ['COLLECTIVE'], level: 'PROVINCE' },
    }),
  },
  updateAwardType: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await buildAwardType(db)), rank: 5 } }) },
  deleteAwardType: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await buildAwardType(db)) }) },

  createCommendation: {
    allow: DOMAIN,
    arrange: async (db, w) => ({
      input: { subject: { unitId: gid(w.unitA) }, awardTypeId: gid(await buildAwardType(db)), year: 2023, achievement: 'Dẫn đầu khối' },
    }),
  },
  updateCommendation: {
    allow: DOMAIN,
    arrange: async (db, w) => ({ input: { id: gid(await buildCommendation(db, w.unitA, await buildAwardType(db))), note: 'Đã sửa' } }),
  },
  deleteCommendation: { allow: DOMAIN, arrange: async (db, w) => ({ id: gid(await buildCommendation(db, w.unitA, await buildAwardType(db))) }) },
  revokeCommendation: {
    allow: DOMAIN,
    arrange: async (db, w) => ({
      input: { id: gid(await buildCommendation(db, w.unitA, await buildAwardType(db))), revokedOn: '2024-01-15', reason: 'Sai đối tượng' },
    }),
  },
  markCommendationPresented: {
    allow: DOMAIN,
    arrange: async (db, w) => ({ input: { id: gid(await buildCommendation(db, w.unitA, await buildAwardType(db))) } }),
  },
  recordCommendations: {
    allow: DOMAIN,
    arrange: async (db, w) => ({
      input: {
        awardTypeId: gid(await buildAwardType(db)),
        year: 2023,
        decision: { existingId: gid(await buildDecision(db)) },
        recipients: [{ unitId: gid(w.unitA), achievement: 'Dẫn đầu khối' }],
      },
    }),
  },
  createCommendationTally: {
    allow: DOMAIN,
    arrange: async (_db, w) => ({
      input: {
        year: 2023,
        reporterUnitId: gid(w.unitA),
        collectiveCount: 60,
        individualCount: 180,
        issuers: 'UBND thành phố',
        description: 'Khen thưởng năm 2023',
        sourceNote: 'Bài 002',
      },
    }),
  },
  updateCommendationTally: { allow: DOMAIN, arrange: async (db, w) => ({ input: { id: gid(await buildTally(db, w.unitA.id)), collectiveCount: 61 } }) },
  deleteCommendationTally: { allow: DOMAIN, arrange: async (db, w) => ({ id: gid(await buildTally(db, w.unitA.id)) }) },

  createUser: { allow: ADMIN, arrange: async () => ({ input: { username: unique('moi').toLowerCase(), displayName: 'Cán bộ mới', role: 'ANALYST' } }) },
  updateUser: { allow: ADMIN, arrange: async (db) => ({ input: { id: gid(await buildUser(db, 'ANALYST')), displayName: 'Đã sửa' } }) },
  resetUserPassword: { allow: ADMIN, arrange: async (db) => ({ id: gid(await buildUser(db, 'ANALYST')) }) },
  createApiToken: {
    allow: ADMIN,
    arrange: async () => ({ input: { name: 'Ứng dụng đối tác', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }),
  },
  revokeApiToken: { allow: ADMIN, arrange: async (db) => ({ input: { id: gid((await buildToken(db, ['READ'])).token) } }) },

  // Signing in needs no actor; signing out ends the caller's own session, if any.
  login: { allow: WHO, arrange: async (db) => ({ input: { username: (await buildUser(db, 'ANALYST')).username, password: PASSWORD } }) },
  logout: { allow: WHO, arrange: async () => ({}), writes: false },
  changePassword: {
    allow: USERS,
    deny: { tokenRead: 'UNAUTHENTICATED', tokenWrite: 'UNAUTHENTICATED' },
    arrange: async () => ({ input: { currentPassword: PASSWORD, newPassword: 'Matkhau-moi-2025' } }),
  },

  // Presence: every reader announces itself; leaving a tab that was never there changes nothing.
  // Presence is no record (the fingerprint leaves its table out): what a heartbeat writes is tested in modules/presence.
  presenceHeartbeat: { allow: READERS, arrange: async (_db, w) => ({ input: { clientId: unique('tab'), viewing: [gid(w.unitA)] } }), writes: false },
  leavePresence: { allow: READERS, arrange: async () => ({ clientId: unique('tab') }), writes: false },

  ...eligibilityMutations,
  ...councilMutations,
  ...jobMutations,
  ...statisticsMutations,
  ...documentMutations,
};

function buildTally(db: Parameters<MutationCase['arrange']>[0], reporterUnitId: string) {
  return db.manager.save(
    db.manager.create(CommendationTally, {
      year: 2023,
      reporterUnitId,
      collectiveCount: 60,
      individualCount: 180,
      issuers: 'UBND thành phố',
      description: 'Khen thưởng năm 2023',
      sourceNote: 'Bài 002',
      awardTypes: [],
    }),
  );
}
