import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * Passwords are hashed with scrypt, a memory-hard function (32 MiB per hash with these
 * parameters), stored as `scrypt$N$r$p$salt$hash` so the parameters can grow later.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A password strong enough for an officer's account: ≥ 10 characters with letters and digits. */
export function isStrongPassword(password: string): boolean {
  return password.length >= 10 && /\p{L}/u.test(password) && /\d/.test(password);
}

/** A random secret for sessions, tokens and one-time passwords. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Why a new password is refused, in Vietnamese, or null: shorter than 10 characters or without
 * both letters and digits, among the commonly guessed ones, or holding the account's username.
 */
export function passwordProblem(password: string, username: string): string | null {
  if (!isStrongPassword(password)) return 'Mật khẩu cần ít nhất 10 ký tự, có cả chữ và số.';
  const lower = password.normalize('NFC').toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.';
  return null;
}
