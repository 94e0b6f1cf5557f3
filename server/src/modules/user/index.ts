import type { DataSource } from 'typeorm';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';
import { defineFeature } from '../../core/feature.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { visibleUsers } from './user.scope.js';

export const userResolvers = [AuthResolver, UserResolver];
export const userServices = (db: DataSource) => ({ auth: new AuthService(db), users: new UserService(db) });

/** Accounts: `manage:users`, or one's own. Sessions are a table of their own, never logged. */
export const userFeature = defineFeature({
  name: 'user',
  resolvers: userResolvers,
  services: userServices,
  records: [{ entity: User, scope: visibleUsers, log: { skip: ['lastLoginAt'], secret: ['passwordHash'] } }],
  tables: [Session],
});

export { SESSION_DAYS } from './auth.service.js';
export type { SessionCookie } from './auth.service.js';
export { ensureFirstAdmin } from './bootstrap.js';
export { actorOfUser } from './user.actor.js';
