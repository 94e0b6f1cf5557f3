import type { DataSource } from 'typeorm';
import { LIMITS } from '@thidua/shared';
import { ANONYMOUS, type Actor } from '../../core/actor.js';
import { Problems } from '../../core/errors.js';
import { hashPassword, passwordProblem, randomSecret, verifyPassword } from '../../core/auth/password.js';
import { LoginThrottle } from '../../core/auth/login-throttle.js';
import { requireRead, UnauthenticatedError } from '../../core/auth/policy.js';
import { sha256 } from '../../core/auth/secrets.js';
import { write } from '../../core/db/write.js';
import { Session } from './session.entity.js';
import { actorOfUser } from './user.actor.js';
import { User } from './user.entity.js';

export const SESSION_DAYS = 14;

/** The cookie side of a request: the resolver passes what the HTTP layer gave it. */
export interface SessionCookie {
  read(): string | undefined;
  set(secret: string, expires: Date): void;
  clear(): void;
}

// Compared against when a username does not exist, so a wrong username costs as long as a wrong password.
const DUMMY_HASH = hashPassword('dummy-password-0');

/** Logging in and out, and resolving who a session cookie belongs to. */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(private readonly db: DataSource) {
    this.throttle = new LoginThrottle(db);
  }

  /** The actor behind a session secret, or ANONYMOUS when there is none or it expired. */
  async actorForSession(secret: string | undefined): Promise<Actor> {
    if (!secret || secret.length > 100) return ANONYMOUS;
    const session = await this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.secretHash = :hash AND s.expiresAt > now() AND u.active', { hash: sha256(secret) })
      .getOne();
    return session ? actorOfUser(session.user) : ANONYMOUS;
  }

  async login(username: string, password: string, cookie: SessionCookie, address: string | null = null): Promise<User> {
    const problems = new Problems();
    const name = username.trim().toLowerCase();
    await this.throttle.check(name, address);
    const user = await this.db.getRepository(User).findOneBy({ username: name });
    const ok = user && user.active ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await DUMMY_HASH), false);
    if (!user || !ok) {
      await this.throttle.failed(name, address);
      problems.add('password', 'BAD_CREDENTIALS');
    }
    problems.throwIfAny();
    await this.throttle.succeeded(name);
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await this.db.transaction(async (em) => {
      await em.createQueryBuilder().delete().from(Session).where('expires_at < now()').execute();
      await em.insert(Session, { secretHash: sha256(secret), userId: user!.id, expiresAt });
      await em.update(User, { id: user!.id }, { lastLoginAt: new Date() });
    });
    cookie.set(secret, expiresAt);
    return user!;
  }

  async logout(cookie: SessionCookie): Promise<boolean> {
    const secret = cookie.read();
    if (secret) await this.db.getRepository(Session).delete({ secretHash: sha256(secret) });
    cookie.clear();
    return true;
  }

  async changePassword(actor: Actor, current: string, next: string): Promise<User> {
    if (actor.kind !== 'USER' || !actor.id) throw new UnauthenticatedError();
    requireRead(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const user = await em.findOneByOrFail(User, { id: actor.id! });
      if (!(await verifyPassword(current, user.passwordHash))) problems.add('currentPassword', 'BAD_CREDENTIALS', 'Mật khẩu hiện tại không đúng.');
      const weak = next.length > LIMITS.passwordMax ? 'WEAK_PASSWORD' : passwordProblem(next, user.username);
      if (weak) problems.add('newPassword', 'WEAK_PASSWORD', weak === 'WEAK_PASSWORD' ? undefined : weak);
      if (current === next) problems.add('newPassword', 'INVALID', 'Mật khẩu mới phải khác mật khẩu cũ.');
      problems.throwIfAny();
      user.passwordHash = await hashPassword(next);
      user.mustChangePassword = false;
      return em.save(user);
    });
  }
}
