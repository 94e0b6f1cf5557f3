import { createHash, timingSafeEqual } from 'node:crypto';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
