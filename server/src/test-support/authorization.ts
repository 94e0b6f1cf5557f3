import type { DataSource } from 'typeorm';
import type { TokenScope, UserRole } from '@thidua/shared';
import { hashPassword, randomSecret } from '../core/auth/password.js';
import { sha256 } from '../core/auth/secrets.js';
import { addMember, buildBloc } from '../modules/bloc/bloc.builders.js';
import type { Bloc } from '../modules/bloc/entities.js';
import { buildAffiliation, buildPerson } from '../modules/person/person.builders.js';
import type { Person } from '../modules/person/entities.js';
import type { Unit } from '../modules/unit/entities.js';
import { ApiToken } from '../modules/api-token/entities.js';
import { Session, User } from '../modules/user/entities.js';
import { SESSION_COOKIE } from '../core/http/authenticate.js';
import type { Gql, GqlResponse, TestApp } from './app.js';
import { buildUnit } from './builders.js';

/**
 * The authorization matrix: every kind of caller against every query and mutation. Officers are
 * "own" or "other" relative to a small world (bloc A with its member unit A, bloc B with unit B)
 * that each case builds afresh, so cases never share rows.
 */
export const WHO = ['anonymous', 'admin', 'board', 'blocOwn', 'blocOther', 'unitOwn', 'unitOther', 'analyst', 'tokenRead', 'tokenWrite'] as const;
export type Who = (typeof WHO)[number];

/** The Board's writers: every domain mutation. */
export const DOMAIN: readonly Who[] = ['admin', 'board', 'tokenWrite'];
/** Signed-in officers (token callers are not users). */
export const USERS: readonly Who[] = ['admin', 'board', 'blocOwn', 'blocOther', 'unitOwn', 'unitOther', 'analyst'];
export const READERS: readonly Who[] = WHO.filter((who) => who !== 'anonymous');
/** Who sees every person and household (`read:people`). */
export const PEOPLE_READERS: readonly Who[] = ['admin', 'board', 'analyst', 'tokenRead', 'tokenWrite'];

/** `ok`: answered; `NULL`: answered null; otherwise the error code (top-level, or of every user error). */
export type Outcome = 'ok' | 'NULL' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | (string & {});

export interface World {
  unitA: Unit;
  unitB: Unit;
  blocA: Bloc;
  blocB: Bloc;
}

/** Bloc A with unit A as a member since 2000, bloc B with unit B. */
export async function buildWorld(db: DataSource): Promise<World> {
  const [unitA, unitB] = [await buildUnit(db, { name: 'Đơn vị A' }), await buildUnit(db, { name: 'Đơn vị B' })];
  const [blocA, blocB] = [await buildBloc(db), await buildBloc(db)];
  await addMember(db, blocA, unitA, 2000);
  await addMember(db, blocB, unitB, 2000);
  return { unitA, unitB, blocA, blocB };
}

/** A person currently working at `unit`. */
export async function personAt(db: DataSource, unit: Unit, overrides: Partial<Person> = {}): Promise<Person> {
  const person = await buildPerson(db, overrides);
  await buildAffiliation(db, person, unit, { startedOn: '2015-01-01' });
  return person;
}

/** The password of every account the matrix creates. */
export const PASSWORD = 'Matkhau-thu-2024';
let passwordHash: Promise<string> | null = null;
const knownHash = () => (passwordHash ??= hashPassword(PASSWORD));

let accounts = 0;

/** A user with the known password (not logged in). */
export async function buildUser(db: DataSource, role: UserRole, scope: { unitId?: string; blocId?: string } = {}): Promise<User> {
  accounts += 1;
  const username = `matran_${role.toLowerCase()}_${accounts}_${process.pid}`;
  return db.manager.save(db.manager.create(User, { username, displayName: `Tài khoản ma trận ${accounts}`, role, passwordHash: await knownHash(), ...scope }));
}

/** An API token with these scopes; returns the row and its bearer secret. */
export async function buildToken(db: DataSource, scopes: TokenScope[]): Promise<{ token: ApiToken; bearer: string }> {
  const prefix = randomSecret(6)
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 8)
    .padEnd(8, 'x');
  const secret = randomSecret(32);
  const token = await db.manager.save(
    db.manager.create(ApiToken, { name: `Đối tác thử ${prefix}`, prefix, secretHash: sha256(secret), scopes, expiresAt: new Date(Date.now() + 86_400_000) }),
  );
  return { token, bearer: `thd_${prefix}_${secret}` };
}

/** A client for the caller `who`: a fresh account or token, scoped to the world where it matters. */
export async function clientFor(app: TestApp, world: World, who: Who): Promise<Gql> {
  const user = async (role: UserRole, scope: { unitId?: string; blocId?: string } = {}) => {
    const account = await buildUser(app.db, role, scope);
    const secret = randomSecret();
    await app.db.manager.insert(Session, { secretHash: sha256(secret), userId: account.id, expiresAt: new Date(Date.now() + 3_600_000) });
    return app.client({ cookie: `${SESSION_COOKIE}=${secret}` });
  };
  const token = async (scopes: TokenScope[]) => app.client({ authorization: `Bearer ${(await buildToken(app.db, scopes)).bearer}` });
  switch (who) {
    case 'anonymous':
      return app.client({});
    case 'admin':
      return user('ADMIN');
    case 'board':
      return user('BOARD_OFFICER');
    case 'blocOwn':
      return user('BLOC_OFFICER', { blocId: world.blocA.id });
    case 'blocOther':
      return user('BLOC_OFFICER', { blocId: world.blocB.id });
    case 'unitOwn':
      return user('UNIT_OFFICER', { unitId: world.unitA.id });
    case 'unitOther':
      return user('UNIT_OFFICER', { unitId: world.unitB.id });
    case 'analyst':
      return user('ANALYST');
    case 'tokenRead':
      return token(['READ']);
    case 'tokenWrite':
      return token(['READ', 'WRITE']);
  }
}

/** How a response to the operation on `field` turned out (see `Outcome`). */
export function outcomeOf(response: GqlResponse, field: string): Outcome {
  const error = response.errors?.[0];
  if (error) return String(error.extensions?.code ?? 'ERROR');
  const value = response.data?.[field];
  if (value == null) return 'NULL';
  const userErrors: { code: string }[] | undefined = value.userErrors;
  if (userErrors?.length) {
    const codes = [...new Set(userErrors.map((e) => e.code))];
    return codes.length === 1 ? codes[0]! : codes.join('+');
  }
  return 'ok';
}

// Request bookkeeping that every token call updates (rate-limit bucket, last use).
const VOLATILE: Record<string, string[]> = { api_token: ['bucket_level', 'bucket_at', 'last_used_at', 'updated_at', 'version'] };

const fingerprintSql = new WeakMap<DataSource, Promise<string>>();

/** A hash of every row of every table, by table: equal fingerprints mean nothing was written. */
export async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  if (!fingerprintSql.has(db)) fingerprintSql.set(db, fingerprintQuery(db));
  const rows: { name: string; hash: string }[] = await db.query(await fingerprintSql.get(db)!);
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

async function fingerprintQuery(db: DataSource): Promise<string> {
  const tables: { name: string }[] = await db.query(
    // Not records: presence rows are written by heartbeats and deleted by each instance's sweeper on a
    // timer, so they change between any two fingerprints (the presence tests cover them). Background jobs
    // queued by one caller's run go on writing their progress while later runs are fingerprinted
    // (modules/job tests who may queue, see and cancel them, and what they write).
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'presence', 'background_job', 'background_job_result') ORDER BY 1",
  );
  const parts = tables.map(({ name }) => {
    const row = ['to_jsonb(x)', ...(VOLATILE[name] ?? []).map((column) => `'${column}'`)].join(' - ');
    return `SELECT '${name}' AS name, md5(COALESCE(string_agg((${row})::text, '|' ORDER BY (${row})::text), '')) AS hash FROM "${name}" x`;
  });
  return parts.join(' UNION ALL ');
}
