import type { DataSource } from 'typeorm';
import { Decision } from './decision.entity.js';

/** Test builder: a decision saved directly in the database, numbered uniquely unless told. */
let seq = 0;

export function buildDecision(db: DataSource, overrides: Partial<Decision> = {}): Promise<Decision> {
  seq += 1;
  return db.manager.save(
    db.manager.create(Decision, {
      number: `${seq}/QĐ-THU-${Date.now()}`,
      issuedOn: null,
      issuer: 'UBND thành phố Hải Phòng',
      issuerLevel: 'PROVINCE',
      signer: null,
      signerTitle: null,
      subject: `Quyết định thử ${seq}`,
      note: null,
      ...overrides,
    }),
  );
}
