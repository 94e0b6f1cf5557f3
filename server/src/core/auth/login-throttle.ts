import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/**
 * Failed sign-ins, counted in PostgreSQL (table `login_throttle`) so every instance sees the same
 * counts: per account and per client address, each in a sliding window; past its limit the key is
 * blocked for a while and sign-in answers RATE_LIMITED (HTTP 429, Retry-After) before any password
 * is checked. A successful sign-in clears its account's count (not the address's).
 */
export const LOGIN_THROTTLE = {
  accountFailures: 5,
  addressFailures: 20,
  windowMinutes: 15,
  blockMinutes: 15,
} as const;

const keysOf = (username: string, address: string | null) => [
  { key: `account:${username}`, limit: LOGIN_THROTTLE.accountFailures },
  ...(address ? [{ key: `address:${address}`, limit: LOGIN_THROTTLE.addressFailures }] : []),
];

export class LoginThrottle {
  constructor(private readonly db: DataSource) {}

  /** RATE_LIMITED when the account or the address is blocked now. */
  async check(username: string, address: string | null): Promise<void> {
    const rows: { wait: number }[] = await this.db.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (blocked_until - now())))::int AS wait FROM login_throttle
       WHERE key = ANY($1) AND blocked_until > now() ORDER BY blocked_until DESC LIMIT 1`,
      [keysOf(username, address).map((k) => k.key)],
    );
    if (rows[0]) throw tooManyAttempts(Math.max(1, rows[0].wait));
  }

  /** Counts a failure for the account and the address (one statement); blocks a key at its limit. */
  async failed(username: string, address: string | null): Promise<void> {
    const keys = keysOf(username, address);
    await this.db.query(
      `INSERT INTO login_throttle AS t (key, failures, window_start, blocked_until)
       SELECT k.key, 1, now(), CASE WHEN k.lim <= 1 THEN now() + make_interval(mins => $4) END
       FROM unnest($1::text[], $2::int[]) AS k(key, lim)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_start < now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END,
         window_start = CASE WHEN t.window_start < now() - make_interval(mins => $3) THEN now() ELSE t.window_start END,
         blocked_until = CASE
           WHEN (CASE WHEN t.window_start < now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END)
                >= (SELECT lim FROM unnest($1::text[], $2::int[]) AS l(key, lim) WHERE l.key = t.key)
           THEN now() + make_interval(mins => $4) ELSE t.blocked_until END`,
      [keys.map((k) => k.key), keys.map((k) => k.limit), LOGIN_THROTTLE.windowMinutes, LOGIN_THROTTLE.blockMinutes],
    );
  }

  async succeeded(username: string): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE key = $1`, [`account:${username}`]);
  }
}

function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new GraphQLError(`Đăng nhập sai quá nhiều lần: thử lại sau khoảng ${minutes} phút. / Too many failed sign-ins: retry after ${retryAfterSeconds} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  });
}
