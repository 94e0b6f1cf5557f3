import type { Actor } from '../../core/actor.js';
import type { User } from './user.entity.js';

export function actorOfUser(user: User): Actor {
  return {
    kind: 'USER',
    id: user.id,
    name: `${user.displayName} (${user.username})`,
    role: user.role,
    unitId: user.unitId,
    blocId: user.blocId,
    scopes: [],
    mustChangePassword: user.mustChangePassword,
  };
}
