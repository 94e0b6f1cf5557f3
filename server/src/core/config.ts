import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_DEFAULTS, FILE_KIND_NAMES, type FileKind } from '@thidua/shared';

/** Everything the server reads from the environment, validated once at start. */
export interface Config {
  /** PostgreSQL URL; when absent the server runs an embedded PostgreSQL. */
  databaseUrl: string | null;
  host: string;
  port: number;
  /** Folder for the embedded database and other local state. */
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  /** NODE_ENV=development: the only setting in which error responses carry stack traces. */
  development: boolean;
  /** Load the demo data (from the source articles) into an empty database. */
  seedDemo: boolean;
  /** Report the number of SQL statements of each request in `extensions`. */
  queryStats: boolean;
  /** Folder of the built web app served at `/`; null when not built. */
  clientDir: string | null;
  /** Password of the first administrator, created on first start; random and printed when unset. */
  adminPassword: string | null;
  /** Send the session cookie only over HTTPS. */
  cookieSecure: boolean;
  /** Most cost points one operation may be estimated at (see core/graphql/limits). */
  maxQueryCost: number;
  /** Deepest nesting of fields one operation may have. */
  maxQueryDepth: number;
  /** Most aliased fields one operation may have. */
  maxQueryAliases: number;
  /** Largest file one upload may carry, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  /** Kinds of file uploads may be (UPLOAD_KINDS, comma-separated; every kind of shared FILE_KINDS by default). */
  uploadKinds: readonly FileKind[];
  /** Points an anonymous client address may spend on the public lookup at once (PUBLIC_LOOKUP_RATE_CAPACITY; see core/graphql/limits/address-rate-limit.ts). */
  publicLookupRateCapacity: number;
  /** Points per second an address's bucket drains (PUBLIC_LOOKUP_RATE_PER_SECOND). */
  publicLookupRatePerSecond: number;
  /** Origins (besides the server's own) whose pages may open the WebSocket, e.g. a separately hosted web app. */
  allowedOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`${name}="${raw}": cần một số cổng từ 0 đến 65535 (a port number 0–65535)`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name}="${raw}": cần true hoặc false (expects true or false)`);
  return fallback;
}

function readPositiveInt(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000_000) {
    problems.push(`${name}="${raw}": cần một số nguyên dương (a positive integer)`);
    return fallback;
  }
  return value;
}

function readDatabaseUrl(env: Env, problems: string[]): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
    return raw;
  } catch {
    problems.push('DATABASE_URL: cần dạng postgres://user@host:port/db (expects a postgres:// URL)');
    return null;
  }
}

function readAdminPassword(env: Env, problems: string[]): string | null {
  const raw = env.ADMIN_PASSWORD;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 10 || !/\p{L}/u.test(raw) || !/\d/.test(raw)) {
    problems.push('ADMIN_PASSWORD: cần ít nhất 10 ký tự, có chữ và số (at least 10 characters with letters and digits)');
  }
  return raw;
}

function readUploadKinds(env: Env, problems: string[]): FileKind[] {
  const raw = env.UPLOAD_KINDS;
  if (raw === undefined || raw.trim() === '') return [...FILE_KIND_NAMES];
  const kinds = raw.split(',').map((kind) => kind.trim().toLowerCase());
  const unknown = kinds.filter((kind) => !(FILE_KIND_NAMES as string[]).includes(kind));
  if (unknown.length) problems.push(`UPLOAD_KINDS: không biết loại ${unknown.join(', ')} (known kinds: ${FILE_KIND_NAMES.join(', ')})`);
  return kinds.filter((kind): kind is FileKind => (FILE_KIND_NAMES as string[]).includes(kind));
}

function readOrigins(env: Env, problems: string[]): string[] {
  const origins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let valid = false;
    try {
      valid = new URL(origin).origin === origin;
    } catch {
      /* invalid */
    }
    if (!valid) problems.push(`ALLOWED_ORIGINS: "${origin}" cần dạng https://host[:port] (expects an origin, e.g. https://thidua.example.vn)`);
  }
  return origins;
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV="${nodeEnv}": cần development, production hoặc test`);
  }
  const clientDir = path.join(repoRoot, 'client', 'dist');
  const config: Config = {
    databaseUrl: readDatabaseUrl(env, problems),
    host: env.HOST || '0.0.0.0',
    port: readPort(env, 'PORT', 4000, problems),
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data')),
    embeddedPgPort: readPort(env, 'EMBEDDED_PG_PORT', 54329, problems),
    production: nodeEnv === 'production',
    development: nodeEnv === 'development',
    seedDemo: readBool(env, 'SEED_DEMO', true, problems),
    queryStats: readBool(env, 'QUERY_STATS', nodeEnv !== 'production', problems),
    clientDir: env.CLIENT_DIR ? path.resolve(env.CLIENT_DIR) : clientDir,
    adminPassword: readAdminPassword(env, problems),
    cookieSecure: readBool(env, 'COOKIE_SECURE', nodeEnv === 'production', problems),
    maxQueryCost: readPositiveInt(env, 'MAX_QUERY_COST', 50_000, problems),
    maxQueryDepth: readPositiveInt(env, 'MAX_QUERY_DEPTH', 12, problems),
    maxQueryAliases: readPositiveInt(env, 'MAX_QUERY_ALIASES', 30, problems),
    maxUploadBytes: readPositiveInt(env, 'MAX_UPLOAD_MB', FILE_DEFAULTS.maxUploadMb, problems) * 1024 * 1024,
    uploadKinds: readUploadKinds(env, problems),
    publicLookupRateCapacity: readPositiveInt(env, 'PUBLIC_LOOKUP_RATE_CAPACITY', 20_000, problems),
    publicLookupRatePerSecond: readPositiveInt(env, 'PUBLIC_LOOKUP_RATE_PER_SECOND', 200, problems),
    allowedOrigins: readOrigins(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
