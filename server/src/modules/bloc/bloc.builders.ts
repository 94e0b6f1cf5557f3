import type { DataSource } from 'typeorm';
import type { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { Bloc } from './bloc.entity.js';

/** Test builders: arrange a test's own blocs directly in the database; each returns the saved row. */
let seq = 0;
const next = () => (seq += 1);

export function buildBloc(db: DataSource, overrides: Partial<Bloc> = {}): Promise<Bloc> {
  const n = next();
  return db.manager.save(
    db.manager.create(Bloc, {
      name: `Khối thi đua thử ${n}`,
      code: `KTD-${process.pid}-${n}`,
      kind: 'BLOC',
      level: 'PROVINCE',
      area: 'Hải Phòng',
      ...overrides,
    }),
  );
}

export function addMember(db: DataSource, bloc: Bloc, unit: Unit, fromYear: number, toYear: number | null = null): Promise<BlocMembership> {
  return db.manager.save(db.manager.create(BlocMembership, { blocId: bloc.id, unitId: unit.id, fromYear, toYear }));
}

export function setRole(db: DataSource, bloc: Bloc, year: number, role: 'HEAD' | 'DEPUTY', unit: Unit): Promise<BlocYearRole> {
  return db.manager.save(db.manager.create(BlocYearRole, { blocId: bloc.id, year, role, unitId: unit.id }));
}

export function setLeader(db: DataSource, bloc: Bloc, year: number, unit: Unit, note: string | null = null): Promise<BlocLeader> {
  return db.manager.save(db.manager.create(BlocLeader, { blocId: bloc.id, year, unitId: unit.id, note }));
}
