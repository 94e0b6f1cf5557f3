import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Services } from '../../services.js';
import { actorOfToken, authenticateToken } from '../../modules/api-token/index.js';
import { type SessionCookie, SESSION_DAYS } from '../../modules/user/index.js';
import type { Actor } from '../actor.js';
import type { ApiToken } from '../../modules/api-token/entities.js';
import { UnauthenticatedError } from '../auth/policy.js';

export const SESSION_COOKIE = 'thidua_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // a malformed cookie (broken %-escape) is no session: the caller is signed out
    }
  }
  return undefined;
}

/** The session cookie: httpOnly, SameSite=Lax, Secure in production, for the whole site. */
export function sessionCookie(req: Request, res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    read: () => readCookie(req.headers.cookie, SESSION_COOKIE),
    set: (secret, expires) => res.cookie(SESSION_COOKIE, secret, { ...options, expires, maxAge: SESSION_DAYS * 86_400_000 }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** The actor of a request, and the API token it came with (as loaded: limits, trusted operations). */
export interface Caller {
  actor: Actor;
  token: ApiToken | null;
}

/**
 * Who is calling: a partner app (`Authorization: Bearer thd_…`, which must be valid), or the
 * officer behind the session cookie, or nobody.
 */
export async function authenticate(services: Services, db: DataSource, authorization: string | undefined, cookie: SessionCookie): Promise<Caller> {
  if (authorization) {
    const [scheme, value] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !value) throw new UnauthenticatedError();
    const token = await authenticateToken(db, value);
    return { actor: actorOfToken(token), token };
  }
  return { actor: await services.auth.actorForSession(cookie.read()), token: null };
}

/** Credentials that are present but not accepted end the request with 401 before execution. */
export function unauthenticated(error: unknown): never {
  if (error instanceof UnauthenticatedError) {
    throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  throw error;
}
