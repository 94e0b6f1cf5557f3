import type { DataSource } from 'typeorm';
import { ApiTokenResolver } from './api-token.resolver.js';
import { ApiTokenService } from './api-token.service.js';

export const apiTokenResolvers = [ApiTokenResolver];
export const apiTokenServices = (db: DataSource) => ({ apiTokens: new ApiTokenService(db) });

export { actorOfToken, authenticateToken } from './api-token.auth.js';
