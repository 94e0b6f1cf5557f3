import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { findVisible } from '../../core/auth/scope.js';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-id.js';
import type { StoredChanges } from '../history/entities.js';
import { Bloc } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Decision } from '../decision/entities.js';
import { Movement } from '../movement/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import type { Comment } from './comment.entity.js';

/** The records people comment on (the ones with a page), and the column of Comment that points at each. */
const COMMENTABLE = {
  Unit: { entity: Unit, field: 'unitId' },
  Person: { entity: Person, field: 'personId' },
  Bloc: { entity: Bloc, field: 'blocId' },
  Movement: { entity: Movement, field: 'movementId' },
  Covenant: { entity: Covenant, field: 'covenantId' },
  Decision: { entity: Decision, field: 'decisionId' },
} as const;

type CommentableType = keyof typeof COMMENTABLE;
type RecordField = (typeof COMMENTABLE)[CommentableType]['field'];

/** The record a comment is about: its type, row id, and the Comment column holding that id. */
export interface RecordRef {
  type: CommentableType;
  id: string;
  field: RecordField;
}

const TYPES = Object.keys(COMMENTABLE) as CommentableType[];

/** The record behind a global ID, or null when it is no ID of a commentable type. */
export function recordRefOf(globalId: string): RecordRef | null {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !(decoded.type in COMMENTABLE)) return null;
  const type = decoded.type as CommentableType;
  return { type, id: decoded.id, field: COMMENTABLE[type].field };
}

/** The record a comment row is about. */
export function recordOfComment(comment: Comment): RecordRef {
  for (const type of TYPES) {
    const { field } = COMMENTABLE[type];
    const id = comment[field];
    if (id) return { type, id, field };
  }
  throw new Error(`Comment ${comment.id} is about no record.`);
}

/** Whether a Comment event's before/after values (`side`) name this record. */
export function eventNames(changes: StoredChanges, side: 'before' | 'after', record: RecordRef): boolean {
  return changes[record.field]?.[side] === record.id;
}

export const globalIdOf = (record: RecordRef) => toGlobalId(record.type, record.id);

/** The record exists and the actor may see it (core/auth/scope.ts). */
export async function isVisible(em: EntityManager, actor: Actor, record: RecordRef): Promise<boolean> {
  return (await findVisible(em, actor, COMMENTABLE[record.type].entity, record.id)) !== null;
}

/** Values for a new comment's record columns: the one that points at the record, the others null. */
export function recordColumns(record: RecordRef): Record<RecordField, string | null> {
  return Object.fromEntries(TYPES.map((type) => [COMMENTABLE[type].field, type === record.type ? record.id : null])) as Record<RecordField, string | null>;
}

/** The record still exists, whoever may see it (comments of a deleted record are deleted with it). */
export async function exists(em: EntityManager, record: RecordRef): Promise<boolean> {
  return em.getRepository(COMMENTABLE[record.type].entity).existsBy({ id: record.id });
}
