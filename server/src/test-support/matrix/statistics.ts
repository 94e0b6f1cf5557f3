import type { DataSource } from 'typeorm';
import { TdktOfficer, TdktOrganization } from '../../modules/statistics/entities.js';
import { DOMAIN, type Outcome, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase, QueryCase } from './run.js';

/** The registry of forms 0604/0605 is the Board's to keep; the forms are every reader's, each seeing what their scope allows. */
const organization = (db: DataSource, unitId: string | null = null) =>
  db.manager.save(db.manager.create(TdktOrganization, { name: 'Ban Thi đua – Khen thưởng thử', kind: 'PROVINCE_BOARD', unitId, note: null }));

const officer = async (db: DataSource, unitId: string | null = null) =>
  db.manager.save(
    db.manager.create(TdktOfficer, {
      fullName: 'Công chức thử',
      organizationId: (await organization(db, unitId)).id,
      gender: 'FEMALE',
      birthYear: 1985,
      trainingLevel: 'UNIVERSITY',
      tdktStartYear: 2010,
      note: null,
    }),
  );

export const statisticsMutations: Record<string, MutationCase> = {
  createTdktOrganization: { allow: DOMAIN, arrange: async () => ({ input: { name: 'Ban Thi đua – Khen thưởng tỉnh', kind: 'PROVINCE_BOARD' } }) },
  updateTdktOrganization: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await organization(db)), note: 'Đã sửa' } }) },
  deleteTdktOrganization: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await organization(db)) }) },
  createTdktOfficer: {
    allow: DOMAIN,
    arrange: async (db) => ({ input: { fullName: 'Nguyễn Thị Thử', organizationId: gid(await organization(db)), gender: 'FEMALE', birthYear: 1990 } }),
  },
  updateTdktOfficer: { allow: DOMAIN, arrange: async (db) => ({ input: { id: gid(await officer(db)), trainingLevel: 'POSTGRADUATE' } }) },
  deleteTdktOfficer: { allow: DOMAIN, arrange: async (db) => ({ id: gid(await officer(db)) }) },
};

const readers = (who: Who): Outcome => (who === 'anonymous' ? 'UNAUTHENTICATED' : 'ok');

export const statisticsQueries: Record<string, QueryCase> = {
  statisticsReport: {
    field: 'statisticsReport',
    expect: readers,
    arrange: async () => ({ query: '{ statisticsReport(form: F0603, year: 2023) { code rows { code cells } } }' }),
  },
  dossierDecisionTimes: { field: 'dossierDecisionTimes', expect: readers, arrange: async () => ({ query: '{ dossierDecisionTimes { year dossiers } }' }) },
  tdktOrganizations: { field: 'tdktOrganizations', expect: readers, arrange: async () => ({ query: '{ tdktOrganizations { nodes { name } } }' }) },
  tdktOfficers: { field: 'tdktOfficers', expect: readers, arrange: async () => ({ query: '{ tdktOfficers { nodes { fullName } } }' }) },
  // Civil servants are personal data: like a person of unit A, hidden from the officers of unit B and bloc B.
  'node (TĐKT officer)': {
    field: 'node',
    expect: (who) => (who === 'unitOther' || who === 'blocOther' ? 'NULL' : readers(who)),
    arrange: async (db, w) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: gid(await officer(db, w.unitA.id)) } }),
  },
};
