import { IsNull, type DataSource } from 'typeorm';
import { generateKeyBetween } from 'fractional-indexing';
import type { BlocMembership, Bloc } from '../bloc/entities.js';
import { addMember, buildBloc } from '../bloc/bloc.builders.js';
import type { Unit } from '../unit/entities.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';
import { LINKS, replaceLinks } from './covenant.refs.js';

export { buildBloc };

/** Test builders: rows saved directly with db.manager. */
let seq = 0;
const next = () => (seq += 1);

export function buildMembership(db: DataSource, bloc: Bloc, unitId: string, fromYear: number, toYear: number | null = null): Promise<BlocMembership> {
  return addMember(db, bloc, { id: unitId } as Unit, fromYear, toYear);
}

export async function buildCovenant(db: DataSource, overrides: Partial<Covenant> & { blocId?: string } = {}): Promise<Covenant> {
  const blocId = overrides.blocId ?? (await buildBloc(db)).id;
  return db.manager.save(db.manager.create(Covenant, { year: 2023, title: `Giao ước thi đua ${next()}`, ...overrides, blocId }));
}

/** Appends a criterion at the end of its siblings; `movementIds` are row ids. */
export async function buildCriterion(
  db: DataSource,
  covenant: Covenant,
  overrides: Partial<CovenantCriterion> & { movementIds?: string[] } = {},
): Promise<CovenantCriterion> {
  const { movementIds = [], ...fields } = overrides;
  const parentId = fields.parentId ?? null;
  const last = await db.manager.findOne(CovenantCriterion, { where: { covenantId: covenant.id, parentId: parentId ?? IsNull() }, order: { rank: 'DESC' } });
  const criterion = await db.manager.save(
    db.manager.create(CovenantCriterion, {
      covenantId: covenant.id,
      title: `Nhiệm vụ ${next()}`,
      rank: generateKeyBetween(last?.rank ?? null, null),
      ...fields,
      parentId,
    }),
  );
  if (movementIds.length) await replaceLinks(db.manager, LINKS.criterionMovement, criterion.id, movementIds);
  return criterion;
}

export function buildSignature(db: DataSource, covenant: Covenant, unitId: string, overrides: Partial<CovenantSignature> = {}): Promise<CovenantSignature> {
  return db.manager.save(db.manager.create(CovenantSignature, { covenantId: covenant.id, unitId, signedOn: `${covenant.year}-03-01`, ...overrides }));
}
