import type { DataSource } from 'typeorm';
import { Movement } from './movement.entity.js';

let seq = 0;

/** A movement saved directly in the database, for tests to arrange their own data. */
export function buildMovement(db: DataSource, overrides: Partial<Movement> = {}): Promise<Movement> {
  seq += 1;
  return db.manager.save(db.manager.create(Movement, { name: `Phong trào thử ${seq}`, kind: 'REGULAR', scope: 'PROVINCE', ...overrides }));
}
