import type { DataSource } from 'typeorm';
import type { DisciplineForm, InitiativeLevel, PerformanceRatingLevel } from '@thidua/shared';
import { AwardType } from '../award-type/entities.js';
import { buildCommendation } from '../commendation/commendation.builders.js';
import type { Commendation } from '../commendation/entities.js';
import { Person } from '../person/entities.js';
import type { Unit } from '../unit/entities.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { Initiative } from './initiative.entity.js';
import { PerformanceRating } from './performance-rating.entity.js';

/** Test builders: the facts an evaluation reads, saved directly in the database. */
type Subject = Unit | Person;
const subjectOf = (s: Subject) => (s instanceof Person ? { personId: s.id, unitId: null } : { unitId: s.id, personId: null });

/** One commendation of the catalogue award `code` for each year. */
export async function awardYears(db: DataSource, subject: Subject, code: string, years: number[]): Promise<Commendation[]> {
  const awardType = await db.manager.findOneByOrFail(AwardType, { code });
  const out: Commendation[] = [];
  for (const year of years) out.push(await buildCommendation(db, subject, awardType, { year, achievement: `Thành tích năm ${year}` }));
  return out;
}

export async function rate(db: DataSource, subject: Subject, rating: PerformanceRatingLevel, years: number[]): Promise<void> {
  for (const year of years) await db.manager.save(db.manager.create(PerformanceRating, { ...subjectOf(subject), year, rating, note: null }));
}

export function buildInitiative(
  db: DataSource,
  subject: Subject,
  level: InitiativeLevel,
  recognizedYear: number,
  overrides: Partial<Initiative> = {},
): Promise<Initiative> {
  return db.manager.save(
    db.manager.create(Initiative, {
      ...subjectOf(subject),
      title: `Sáng kiến ${level.toLowerCase()} ${recognizedYear}`,
      level,
      recognizedYear,
      recognizedBy: null,
      usedForId: null,
      ...overrides,
    }),
  );
}

export function discipline(db: DataSource, subject: Subject, year: number, form: DisciplineForm = 'REPRIMAND'): Promise<DisciplineRecord> {
  return db.manager.save(db.manager.create(DisciplineRecord, { ...subjectOf(subject), year, form, reason: 'Vi phạm quy chế làm việc', decidedOn: null }));
}
