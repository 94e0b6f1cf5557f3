import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { randomSecret } from '../../core/auth/password.js';
import { requirePermission } from '../../core/auth/policy.js';
import { sha256 } from '../../core/auth/secrets.js';
import { Problems } from '../../core/errors.js';
import { loadTarget } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { paginate, type ListArgs, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { ApiToken } from './api-token.entity.js';
import type { CreateApiTokenInput } from './api-token.inputs.js';

export const apiTokenList: ListSpec<ApiToken> = {
  alias: 'tok',
  fields: {
    name: { expr: 'tok.name', kind: 'string' },
    revokedAt: { expr: 'tok.revokedAt', kind: 'datetime' },
    expiresAt: { expr: 'tok.expiresAt', kind: 'datetime' },
  },
  orders: {
    CREATED_AT: { expr: 'tok.createdAt', value: (t) => t.createdAt },
    NAME: { expr: 'tok.name', value: (t) => t.name },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};

export interface CreatedApiToken {
  token: ApiToken;
  /** The whole secret, `thd_<prefix>_<secret>`: shown once, never stored. */
  secret: string;
}

/** Partner apps' API tokens, managed by administrators. */
export class ApiTokenService {
  constructor(private readonly db: DataSource) {}

  list(actor: Actor, args: ListArgs) {
    requirePermission(actor, 'manage:tokens');
    return paginate(this.db.getRepository(ApiToken).createQueryBuilder('tok'), apiTokenList, args);
  }

  create(actor: Actor, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    requirePermission(actor, 'manage:tokens');
    return write(this.db, async (em) => {
      const problems = new Problems();
      if (input.expiresAt.getTime() <= Date.now()) problems.add('expiresAt', 'OUT_OF_RANGE', 'Ngày hết hạn phải ở tương lai.');
      problems.throwIfAny();
      const prefix = randomSecret(6).slice(0, 8);
      const secret = randomSecret(32);
      const token = await em.save(
        em.create(ApiToken, {
          name: input.name.trim(),
          prefix,
          secretHash: sha256(secret),
          scopes: [...new Set(input.scopes)],
          expiresAt: input.expiresAt,
          trustedOperations: input.trustedOperations?.length ? input.trustedOperations : null,
          rateCapacity: input.rateCapacity ?? 20_000,
          ratePerSecond: input.ratePerSecond ?? 200,
          createdById: actor.kind === 'USER' ? actor.id : null,
        }),
      );
      return { token, secret: `thd_${prefix}_${secret}` };
    });
  }

  revoke(actor: Actor, id: string): Promise<ApiToken> {
    requirePermission(actor, 'manage:tokens');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const token = await loadTarget(em, ApiToken, id, problems);
      if (token.revokedAt) problems.add('id', 'INVALID_STATE', 'Mã này đã bị thu hồi.');
      problems.throwIfAny();
      token.revokedAt = new Date();
      return em.save(token);
    });
  }
}
