import type { DataSource } from 'typeorm';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';
import { defineFeature } from '../../core/feature.js';
import { can } from '../../core/auth/policy.js';
import { NOTHING } from '../../core/auth/scope.js';
import { ApiToken } from './api-token.entity.js';

export const apiTokenResolvers = [ApiTokenResolver];
export const apiTokenServices = (db: DataSource) => ({ apiTokens: new ApiTokenService(db) });

/** API tokens: only `manage:tokens`. The log leaves out the rate-limit bucket and usage, and masks the secret. */
export const apiTokenFeature = defineFeature({
  name: 'api-token',
  resolvers: apiTokenResolvers,
  services: apiTokenServices,
  records: [
    {
      entity: ApiToken,
      scope: (actor) => (can(actor, 'manage:tokens') ? null : NOTHING),
      log: { skip: ['bucketLevel', 'bucketAt', 'lastUsedAt'], secret: ['secretHash'] },
    },
  ],
});

export { actorOfToken, authenticateToken } from './api-token.auth.js';
