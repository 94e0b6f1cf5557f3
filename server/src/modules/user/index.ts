import type { DataSource } from 'typeorm';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

export const userResolvers = [AuthResolver, UserResolver];
export const userServices = (db: DataSource) => ({ auth: new AuthService(db), users: new UserService(db) });

export { SESSION_DAYS } from './auth.service.js';
export type { SessionCookie } from './auth.service.js';
export { ensureFirstAdmin } from './bootstrap.js';
