import type { EntityManager } from 'typeorm';
import { mentionHandles, searchTerms } from '@thidua/shared';
import { foldSql } from '../../core/graphql/list.js';
import { User } from '../user/entities.js';
import type { UserCard } from './comment.types.js';

/**
 * The active users a comment's @handles name (usernames compare case-insensitively); a handle
 * that names nobody, or a locked account, stays plain text and mentions no one.
 */
export async function mentionedUsers(em: EntityManager, body: string): Promise<User[]> {
  const handles = mentionHandles(body);
  if (!handles.length) return [];
  return em.getRepository(User).createQueryBuilder('u').where('lower(u.username) IN (:...handles)', { handles }).andWhere('u.active = TRUE').getMany();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Active users whose username or name contains every word of `search` (no diacritics needed), by name. */
export async function findMentionable(em: EntityManager, search: string, first: number): Promise<UserCard[]> {
  const qb = em.getRepository(User).createQueryBuilder('u').select(['u.username', 'u.displayName']).where('u.active = TRUE');
  searchTerms(search).forEach((term, i) => {
    qb.andWhere(`(${foldSql('u.username')} LIKE :term${i} OR ${foldSql('u.displayName')} LIKE :term${i})`, { [`term${i}`]: `%${escapeLike(term)}%` });
  });
  const users = await qb.orderBy('u.displayName', 'ASC').addOrderBy('u.username', 'ASC').limit(first).getMany();
  return users.map(({ username, displayName }) => ({ username, displayName }));
}
