import { LIMITS } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { can } from '../../core/auth/policy.js';
import type { Problems } from '../../core/errors.js';
import type { Comment } from './comment.entity.js';

/**
 * Who may change a comment, and what a body must be. Reading and commenting follow the record
 * (whoever may read it); editing is its author's only; deleting, its author's or an administrator's.
 */
export function isAuthor(actor: Actor, comment: Comment): boolean {
  if (!actor.id) return false;
  if (actor.kind === 'USER') return comment.authorUserId === actor.id;
  if (actor.kind === 'TOKEN') return comment.authorTokenId === actor.id;
  return false;
}

/** Its author, or an administrator (who manages accounts) clearing what should not stay. */
export function mayDelete(actor: Actor, comment: Comment): boolean {
  return isAuthor(actor, comment) || can(actor, 'manage:users');
}

/** The author columns of a comment the actor posts now. */
export function authorOf(actor: Actor): Pick<Comment, 'authorKind' | 'authorUserId' | 'authorTokenId' | 'authorName'> {
  const kind = actor.kind === 'USER' || actor.kind === 'TOKEN' ? actor.kind : 'SYSTEM';
  return {
    authorKind: kind,
    authorUserId: kind === 'USER' ? actor.id : null,
    authorTokenId: kind === 'TOKEN' ? actor.id : null,
    authorName: actor.name.slice(0, 300),
  };
}

/**
 * The body as stored: composed Unicode, "\n" line ends, no surrounding blanks; 1 to
 * `LIMITS.commentBodyMax` characters (counted as the database counts them), else a problem at `body`.
 */
export function cleanBody(raw: string, problems: Problems): string {
  const body = raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (!body) problems.add('body', 'REQUIRED');
  else if ([...body].length > LIMITS.commentBodyMax) problems.add('body', 'TOO_LONG', `Tối đa ${LIMITS.commentBodyMax} ký tự.`);
  return body;
}
