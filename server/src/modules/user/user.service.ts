import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { hashPassword, randomSecret } from '../../core/auth/password.js';
import { requirePermission } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, loadTarget, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { paginate, type ListArgs, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { Bloc } from '../bloc/entities.js';
import { Unit } from '../unit/entities.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { loadForUpdate } from '../../core/db/versions.js';

export const userList: ListSpec<User> = {
  alias: 'usr',
  fields: {
    username: { expr: 'usr.username', kind: 'string' },
    displayName: { expr: 'usr.displayName', kind: 'string' },
    role: { expr: 'usr.role', kind: 'enum' },
    active: { expr: 'usr.active', kind: 'bool' },
  },
  orders: {
    USERNAME: { expr: 'usr.username', value: (u) => u.username },
    DISPLAY_NAME: { expr: 'usr.displayName', value: (u) => u.displayName },
  },
  defaultOrder: [{ field: 'USERNAME', direction: OrderDirection.ASC }],
};

export interface CreatedUser {
  user: User;
  oneTimePassword: string;
}

/** Accounts of officers, managed by administrators. */
export class UserService {
  constructor(private readonly db: DataSource) {}

  list(actor: Actor, args: ListArgs) {
    requirePermission(actor, 'manage:users');
    return paginate(this.db.getRepository(User).createQueryBuilder('usr'), userList, args);
  }

  create(actor: Actor, input: CreateUserInput): Promise<CreatedUser> {
    requirePermission(actor, 'manage:users');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unitId = await this.refId(em, Unit, input.unitId, 'unitId', problems);
      const blocId = await this.refId(em, Bloc, input.blocId, 'blocId', problems);
      const scope = checkScope(input.role, unitId, blocId, problems);
      problems.throwIfAny();
      const oneTimePassword = randomSecret(12);
      const user = await em.save(
        em.create(User, {
          username: input.username.trim().toLowerCase(),
          displayName: input.displayName.trim(),
          role: input.role,
          ...scope,
          passwordHash: await hashPassword(oneTimePassword),
          mustChangePassword: true,
        }),
      );
      return { user, oneTimePassword };
    });
  }

  update(actor: Actor, input: UpdateUserInput): Promise<User> {
    requirePermission(actor, 'manage:users');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const user = await loadForUpdate(em, User, input, problems);
      if (input.active === false && user.id === actor.id) problems.add('active', 'INVALID', 'Không thể tự khóa tài khoản của mình.');
      const role = input.role ?? user.role;
      const unitId = input.unitId === undefined ? user.unitId : await this.refId(em, Unit, input.unitId, 'unitId', problems);
      const blocId = input.blocId === undefined ? user.blocId : await this.refId(em, Bloc, input.blocId, 'blocId', problems);
      const scope = checkScope(role, unitId, blocId, problems);
      problems.throwIfAny();
      applyPatch(user, input as Partial<User>, ['displayName', 'role', 'active']);
      Object.assign(user, scope);
      if (input.active === false) await em.delete(Session, { userId: user.id });
      return em.save(user);
    });
  }

  private async refId(em: EntityManager, entity: typeof Unit | typeof Bloc, globalId: string | null | undefined, field: string, problems: Problems) {
    return ((await resolveRef(em, entity as typeof Unit, globalId, field, problems)) as { id: string } | null)?.id ?? null;
  }

  /** A new one-time password; the user must change it at the next login. Ends their sessions. */
  resetPassword(actor: Actor, id: string): Promise<CreatedUser> {
    requirePermission(actor, 'manage:users');
    return write(this.db, async (em) => {
      const user = await loadTarget(em, User, id, new Problems());
      const oneTimePassword = randomSecret(12);
      user.passwordHash = await hashPassword(oneTimePassword);
      user.mustChangePassword = true;
      await em.delete(Session, { userId: user.id });
      return { user: await em.save(user), oneTimePassword };
    });
  }
}

/** A unit officer works for exactly one unit, a bloc officer for one bloc; other roles for none. */
function checkScope(role: User['role'], unitId: string | null, blocId: string | null, problems: Problems) {
  if (role === 'UNIT_OFFICER' && !unitId) problems.add('unitId', 'REQUIRED', 'Cán bộ đơn vị cần gắn với một đơn vị.');
  if (role === 'BLOC_OFFICER' && !blocId) problems.add('blocId', 'REQUIRED', 'Cán bộ khối cần gắn với một khối thi đua.');
  return { unitId: role === 'UNIT_OFFICER' ? unitId : null, blocId: role === 'BLOC_OFFICER' ? blocId : null };
}
