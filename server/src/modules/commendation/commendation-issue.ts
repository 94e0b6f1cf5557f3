import { In, type EntityManager } from 'typeorm';
import type { CommendationKind } from '@thidua/shared';
import type { Problems } from '../../core/errors.js';
import { AwardType } from '../award-type/entities.js';
import type { Decision } from '../decision/entities.js';
import { Commendation } from './commendation.entity.js';
import { checkDuplicates } from './commendation-duplicates.js';
import { checkSubjectKind, subjectNamesOf } from './commendation-subject.js';
import { checkYear } from './commendation.service.js';

/** One award a decision grants, with its subject already known (a dossier line's). */
export interface IssuedCommendation {
  unitId: string | null;
  personId: string | null;
  householdId: string | null;
  subjectKind: Commendation['subjectKind'];
  awardTypeId: string;
  year: number;
  achievement: string;
  kind: CommendationKind;
  blocId: string | null;
  movementId: string | null;
}

/**
 * Records the commendations of a decision inside the caller's transaction, by this module's rules:
 * the award type fits the subject, the year is not after the decision, and no duplicate (the same
 * subject, award type, year and decision, already recorded or twice in this batch; advisory-locked
 * as for every other write). Problems go to
 * `path(i)`; when there is any, nothing is saved and the caller's transaction rolls back.
 */
export async function issueCommendations(
  em: EntityManager,
  decision: Decision,
  items: IssuedCommendation[],
  path: (i: number) => string[],
  problems: Problems,
): Promise<Commendation[]> {
  const types = new Map((await em.findBy(AwardType, { id: In([...new Set(items.map((i) => i.awardTypeId))]) })).map((t) => [t.id, t]));
  items.forEach((item, i) => {
    checkSubjectKind(types.get(item.awardTypeId)!, item.subjectKind, path(i), problems);
    checkYear(item.year, decision, path(i), problems);
  });
  const keys = items.map((item) => ({
    subjectId: (item.unitId ?? item.personId ?? item.householdId)!,
    awardTypeId: item.awardTypeId,
    year: item.year,
    decisionId: decision.id,
  }));
  const first = new Map<string, number>();
  keys.forEach((k, i) => {
    const text = `${k.subjectId}|${k.awardTypeId}|${k.year}`;
    if (first.has(text)) problems.add(path(i), 'DUPLICATE', `Trùng với dòng ${first.get(text)! + 1}: cùng đối tượng, hình thức và năm trong một quyết định.`);
    else first.set(text, i);
  });
  await checkDuplicates(em, keys, path, problems);
  problems.throwIfAny();
  const rows = items.map((item) =>
    em.create(Commendation, {
      ...item,
      achievement: item.achievement.trim(),
      decisionId: decision.id,
      presentedAtId: null,
      presentedBy: null,
      status: 'AWARDED',
      note: null,
    }),
  );
  const names = await subjectNamesOf(em, rows);
  rows.forEach((c, i) => (c.subjectName = names[i]!));
  return em.save(rows);
}
