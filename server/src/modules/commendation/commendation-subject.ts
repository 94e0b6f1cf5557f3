import { In, type EntityManager } from 'typeorm';
import { SubjectKind } from '@thidua/shared';
import type { Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import type { AwardType } from '../award-type/entities.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import type { Commendation } from './commendation.entity.js';

/** The subject fields of an input: exactly one must be given. */
export interface SubjectRef {
  unitId?: string | null;
  personId?: string | null;
  householdId?: string | null;
}

export type SubjectField = keyof SubjectRef;

export interface ResolvedSubject {
  kind: SubjectKind;
  field: SubjectField;
  unitId: string | null;
  personId: string | null;
  householdId: string | null;
  name: string;
}

/** Where errors about item i go: the subject as a whole, and one of its ID fields. */
export interface SubjectPaths {
  whole: (i: number) => string[];
  id: (i: number, field: SubjectField) => string[];
}

const SUBJECTS = {
  unitId: { entity: Unit, kind: 'COLLECTIVE', name: (row: Unit) => row.name },
  personId: { entity: Person, kind: 'INDIVIDUAL', name: (row: Person) => row.fullName },
  householdId: { entity: Household, kind: 'HOUSEHOLD', name: (row: Household) => row.name },
} as const;
const FIELDS = Object.keys(SUBJECTS) as SubjectField[];

/**
 * Resolves the subjects of many items with one query per subject table. Items with no subject,
 * several subjects or an unknown ID get a problem and resolve to null.
 */
export async function resolveSubjects(em: EntityManager, refs: SubjectRef[], paths: SubjectPaths, problems: Problems): Promise<(ResolvedSubject | null)[]> {
  const wanted = refs.map((ref, i) => {
    const given = FIELDS.filter((field) => ref[field] != null);
    if (given.length === 0) problems.add(paths.whole(i), 'SUBJECT_REQUIRED');
    if (given.length > 1) problems.add(paths.whole(i), 'SUBJECT_AMBIGUOUS');
    if (given.length !== 1) return null;
    const field = given[0]!;
    const id = decodeIdOf(SUBJECTS[field].entity.name, ref[field]!);
    if (!id) problems.add(paths.id(i, field), 'NOT_FOUND', `Không tìm thấy ${SUBJECTS[field].entity.name} với mã này.`);
    return id ? { field, id } : null;
  });

  const names = new Map<string, string>();
  for (const field of FIELDS) {
    const ids = [...new Set(wanted.filter((w) => w?.field === field).map((w) => w!.id))];
    if (!ids.length) continue;
    const { entity, name } = SUBJECTS[field];
    const rows = await em.getRepository<Unit | Person | Household>(entity).findBy({ id: In(ids) });
    for (const row of rows) names.set(`${field}:${row.id}`, (name as (r: typeof row) => string)(row));
  }

  return wanted.map((w, i) => {
    if (!w) return null;
    const name = names.get(`${w.field}:${w.id}`);
    if (name === undefined) {
      problems.add(paths.id(i, w.field), 'NOT_FOUND', `Không tìm thấy ${SUBJECTS[w.field].entity.name} với mã này.`);
      return null;
    }
    return {
      kind: SUBJECTS[w.field].kind,
      field: w.field,
      unitId: w.field === 'unitId' ? w.id : null,
      personId: w.field === 'personId' ? w.id : null,
      householdId: w.field === 'householdId' ? w.id : null,
      name,
    };
  });
}

/** The award type must accept the subject's kind (a Bằng khen for a person, a Cờ thi đua for a unit…). */
export function checkSubjectKind(awardType: AwardType, kind: SubjectKind, field: string[], problems: Problems): void {
  if (awardType.subjectKinds.includes(kind)) return;
  const label = SubjectKind.labels[kind].vi.toLowerCase();
  problems.add(field, 'SUBJECT_KIND_MISMATCH', `"${awardType.nameVi}" không áp dụng cho đối tượng ${label}.`);
}

/** The current subject's name of a stored commendation (for its search text). */
export async function subjectNameOf(em: EntityManager, c: Commendation): Promise<string> {
  for (const field of FIELDS) {
    const id = c[field];
    if (!id) continue;
    const { entity, name } = SUBJECTS[field];
    const row = await em.getRepository<Unit | Person | Household>(entity).findOneBy({ id });
    return row ? (name as (r: typeof row) => string)(row) : '';
  }
  return '';
}

/** `subjectNameOf` for many commendations, with one query per subject table. */
export async function subjectNamesOf(em: EntityManager, cs: Commendation[]): Promise<string[]> {
  const subjects = cs.map((c) => {
    const field = FIELDS.find((f) => c[f]);
    return field ? { field, id: c[field]! } : null;
  });
  const names = new Map<string, string>();
  for (const field of FIELDS) {
    const ids = [...new Set(subjects.filter((s) => s?.field === field).map((s) => s!.id))];
    if (!ids.length) continue;
    const { entity, name } = SUBJECTS[field];
    const rows = await em.getRepository<Unit | Person | Household>(entity).findBy({ id: In(ids) });
    for (const row of rows) names.set(`${field}:${row.id}`, (name as (r: typeof row) => string)(row));
  }
  return subjects.map((s) => (s ? (names.get(`${s.field}:${s.id}`) ?? '') : ''));
}

/** Copies a resolved subject onto a commendation (subject columns, kind, name for search). */
export function assignSubject(c: Commendation, subject: ResolvedSubject): void {
  c.unitId = subject.unitId;
  c.personId = subject.personId;
  c.householdId = subject.householdId;
  c.subjectKind = subject.kind;
  c.subjectName = subject.name;
}
