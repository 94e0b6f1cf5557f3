import type { DataSource } from 'typeorm';
import { buildAwardType } from '../award-type/award-type.builders.js';
import type { AwardType } from '../award-type/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import { Dossier } from './dossier.entity.js';

/** Test builders: dossiers and their lines saved directly in the database. */
let seq = 0;

/** A unit's 2023 dossier in DRAFT, sent (on submit) to `blocId` when given, else to the Board; overrides set any state. */
export function buildDossier(db: DataSource, unitId: string, overrides: Partial<Dossier> = {}): Promise<Dossier> {
  seq += 1;
  const receiverLevel = overrides.receiverUnitId ? 'SUPERIOR_AGENCY' : overrides.blocId ? 'BLOC' : 'BOARD';
  return db.manager.save(
    db.manager.create(Dossier, {
      code: `HS-THU-${process.pid}-${seq}`,
      kind: 'MERIT',
      year: 2023,
      title: `Hồ sơ đề nghị thử ${seq}`,
      content: null,
      originLevel: 'UNIT',
      proposingUnitId: unitId,
      blocId: null,
      receiverUnitId: null,
      receiverLevel,
      movementId: null,
      covenantId: null,
      proposalNumber: `${seq}/TTr-THU`,
      proposalDate: '2023-12-01',
      proposalSigner: 'Nguyễn Văn Thử',
      status: 'DRAFT',
      currentLevel: 'UNIT',
      holderUnitId: unitId,
      specialistId: null,
      dueOn: null,
      mergedIntoId: null,
      ...overrides,
    }),
  );
}

/** A dossier already sent to (and, with status RECEIVED, received by) its receiving level. */
export function buildSentDossier(db: DataSource, unitId: string, status: Dossier['status'], overrides: Partial<Dossier> = {}): Promise<Dossier> {
  const level = overrides.receiverUnitId ? 'SUPERIOR_AGENCY' : overrides.blocId ? 'BLOC' : 'BOARD';
  return buildDossier(db, unitId, { status, currentLevel: level, holderUnitId: overrides.receiverUnitId ?? null, ...overrides });
}

/** A collective line for `unitId` (a new award type for collectives unless given). */
export async function buildDossierLine(
  db: DataSource,
  dossier: Dossier,
  unitId: string,
  overrides: Partial<DossierLine> & { awardType?: AwardType } = {},
): Promise<DossierLine> {
  const { awardType, ...rest } = overrides;
  const type = awardType ?? (await buildAwardType(db, { subjectKinds: ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] }));
  const [{ last }] = await db.query(`SELECT COALESCE(MAX(position), 0)::int AS last FROM dossier_line WHERE dossier_id = $1`, [dossier.id]);
  return db.manager.save(
    db.manager.create(DossierLine, {
      dossierId: dossier.id,
      subjectKind: 'COLLECTIVE',
      unitId,
      personId: null,
      householdId: null,
      awardTypeId: type.id,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
      position: last + 1,
      included: true,
      ...rest,
    }),
  );
}
