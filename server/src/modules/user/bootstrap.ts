import type { DataSource } from 'typeorm';
import { hashPassword, randomSecret } from '../../core/auth/password.js';
import { User } from './user.entity.js';

/**
 * On a database without accounts, creates the first administrator: with ADMIN_PASSWORD when
 * given, else with a one-time password printed once (to be changed at first login).
 */
export async function ensureFirstAdmin(db: DataSource, adminPassword: string | null, log: (line: string) => void): Promise<void> {
  await db.transaction(async (em) => {
    await em.query('LOCK TABLE app_user IN EXCLUSIVE MODE');
    if ((await em.count(User)) > 0) return;
    const password = adminPassword ?? randomSecret(12);
    await em.save(
      em.create(User, {
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        role: 'ADMIN',
        passwordHash: await hashPassword(password),
        mustChangePassword: adminPassword === null,
      }),
    );
    log(
      adminPassword === null
        ? `Đã tạo tài khoản quản trị "admin" với mật khẩu một lần: ${password}  (đổi ngay khi đăng nhập / one-time password, change it at first login)`
        : 'Đã tạo tài khoản quản trị "admin" với mật khẩu từ ADMIN_PASSWORD.',
    );
  });
}
