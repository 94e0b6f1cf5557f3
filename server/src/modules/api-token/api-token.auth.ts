import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { UnauthenticatedError } from '../../core/auth/policy.js';
import { sameHash, sha256 } from '../../core/auth/secrets.js';
import { ApiToken } from './api-token.entity.js';

/** `thd_<prefix>_<secret>`: the prefix finds the row, the secret's hash proves it. */
export const TOKEN_PATTERN = /^thd_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{20,100})$/;

export function actorOfToken(token: ApiToken): Actor {
  return { kind: 'TOKEN', id: token.id, name: `Mã API: ${token.name} (${token.prefix})`, role: 'PARTNER', unitId: null, blocId: null, scopes: token.scopes };
}

/**
 * The token behind an `Authorization: Bearer` value. A malformed, unknown, expired or revoked
 * token is UNAUTHENTICATED: a partner must know its credentials are not accepted.
 */
export async function authenticateToken(db: DataSource, bearer: string): Promise<ApiToken> {
  const match = TOKEN_PATTERN.exec(bearer.trim());
  if (!match) throw new UnauthenticatedError();
  const token = await db.getRepository(ApiToken).findOneBy({ prefix: match[1]! });
  if (!token || !sameHash(token.secretHash, sha256(match[2]!)) || token.revokedAt || token.expiresAt.getTime() <= Date.now()) {
    throw new UnauthenticatedError();
  }
  return token;
}
