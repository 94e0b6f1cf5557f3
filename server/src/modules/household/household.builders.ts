import type { DataSource } from 'typeorm';
import { Household } from './household.entity.js';

/** Test builder: a household saved directly in the database. */
let seq = 0;

export function buildHousehold(db: DataSource, overrides: Partial<Household> = {}): Promise<Household> {
  seq += 1;
  return db.manager.save(db.manager.create(Household, { name: `Hộ thử ${seq}`, headName: null, address: null, area: 'Hải Phòng', ...overrides }));
}
