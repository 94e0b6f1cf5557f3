import type { DataSource } from 'typeorm';
import { toGlobalId } from '../core/graphql/global-id.js';
import { Unit } from '../modules/unit/entities.js';

/** Builders arrange a test's own data directly in the database; each returns the saved row. */
let seq = 0;
const next = () => (seq += 1);

export function gid(row: { id: string; constructor: { name: string } }): string {
  return toGlobalId(row.constructor.name, row.id);
}

export function buildUnit(db: DataSource, overrides: Partial<Unit> = {}): Promise<Unit> {
  return db.manager.save(db.manager.create(Unit, { name: `Đơn vị thử ${next()}`, kind: 'ASSOCIATION', area: 'Hải Phòng', ...overrides }));
}
