import type { FilePurpose } from '@thidua/shared';
import { scoped } from '../../core/auth/scope.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { StoredFile } from './stored-file.entity.js';

/**
 * The files of many records of one type, of one purpose or (without `purpose`) of any, oldest first:
 * one SQL statement per request (no content).
 */
export function filesOf(loaders: Loaders, ownerType: string, purpose?: FilePurpose) {
  return loaders.group<string, StoredFile>(
    `StoredFile.of:${ownerType}:${purpose ?? '*'}`,
    (ownerIds) => {
      const qb = loaders.db
        .getRepository(StoredFile)
        .createQueryBuilder('f')
        .where('f.ownerType = :ownerType AND f.ownerId IN (:...ownerIds)', { ownerType, ownerIds });
      if (purpose) qb.andWhere('f.purpose = :purpose', { purpose });
      return scoped(qb, loaders.actor, 'StoredFile').orderBy('f.createdAt', 'ASC').addOrderBy('f.id', 'ASC').getMany();
    },
    (file) => file.ownerId,
  );
}
