import type { DataSource } from 'typeorm';
import { AwardType } from './award-type.entity.js';

/** Test builder: an award type saved directly in the database, with a unique code. */
let seq = 0;

export function buildAwardType(db: DataSource, overrides: Partial<AwardType> = {}): Promise<AwardType> {
  seq += 1;
  return db.manager.save(
    db.manager.create(AwardType, {
      code: `THU_${seq}_${Date.now()}`,
      nameVi: `Hình thức thử ${seq}`,
      nameEn: `Test award ${seq}`,
      category: 'FORM',
      subjectKinds: ['COLLECTIVE', 'INDIVIDUAL'],
      level: 'PROVINCE',
      legalBasis: null,
      cashMultiplier: null,
      rank: 0,
      active: true,
      ...overrides,
    }),
  );
}
