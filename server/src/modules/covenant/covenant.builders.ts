import { IsNull, type DataSource } from 'typeorm';
import { generateKeyBetween } from 'fractional-indexing';
import { BlocMembership } from '../bloc/bloc-membership.entity.js';
import { Bloc } from '../bloc/bloc.entity.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';
import { LINKS, replaceLinks } from './covenant.refs.js';

/** Test builders: rows saved directly with db.manager (the bloc API is another feature's). */
let seq = 0;
const next = () => (seq += 1);

export function buildBloc(db: DataSource, overrides: Partial<Bloc> = {}): Promise<Bloc> {
  const n = next();
  return db.manager.save(db.manager.create(Bloc, { name: `Khối thi đua thử ${n}`, code: `KT-${Date.now()}-${n}`, kind: 'BLOC', level: 'PROVINCE', ...overrides }));
}

export function buildMembership(db: DataSource, bloc: Bloc, unitId: string, fromYear: number, toYear: number | null = null): Promise<BlocMembership> {
  return db.manager.save(db.manager.create(BlocMembership, { blocId: bloc.id, unitId, fromYear, toYear }));
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
    db.manager.create(CovenantCriterion, { covenantId: covenant.id, title: `Nhiệm vụ ${next()}`, rank: generateKeyBetween(last?.rank ?? null, null), ...fields, parentId }),
  );
  if (movementIds.length) await replaceLinks(db.manager, LINKS.criterionMovement, criterion.id, movementIds);
  return criterion;
}

export function buildSignature(db: DataSource, covenant: Covenant, unitId: string, overrides: Partial<CovenantSignature> = {}): Promise<CovenantSignature> {
  return db.manager.save(db.manager.create(CovenantSignature, { covenantId: covenant.id, unitId, signedOn: `${covenant.year}-03-01`, ...overrides }));
}
