import type { DataSource } from 'typeorm';
import { randomSecret } from '../../core/auth/password.js';
import { sha256 } from '../../core/auth/secrets.js';
import { ApiToken } from './api-token.entity.js';

/** Test builder: an API token saved directly in the database (READ, valid for a day unless told), with its bearer value. */
let seq = 0;

export async function buildApiToken(db: DataSource, overrides: Partial<ApiToken> = {}): Promise<{ token: ApiToken; bearer: string }> {
  seq += 1;
  const prefix = `t${String(seq).padStart(3, '0')}${randomSecret(3).replace(/[^A-Za-z0-9]/g, 'x')}`.slice(0, 8);
  const secret = randomSecret(32);
  const token = await db.manager.save(
    db.manager.create(ApiToken, {
      name: `Đối tác thử ${seq}`,
      prefix,
      secretHash: sha256(secret),
      scopes: ['READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
      ...overrides,
    }),
  );
  return { token, bearer: `thd_${prefix}_${secret}` };
}
