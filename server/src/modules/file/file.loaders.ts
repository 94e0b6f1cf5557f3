import type { FilePurpose } from '@thidua/shared';
import { scoped } from '../../core/auth/scope.js';
import type { Loaders } from '../../core/graphql/loaders.js';
import { StoredFile } from './stored-file.entity.js';

/** The files of many records of one type for one purpose, oldest first: one SQL statement per request (no content). */
export function filesOf(loaders: Loaders, ownerType: string, purpose: FilePurpose) {
  return loaders.group<string, StoredFile>(
    `StoredFile.of:${ownerType}:${purpose}`,
    (ownerIds) => {
      const qb = loaders.db
        .getRepository(StoredFile)
        .createQueryBuilder('f')
        .where('f.ownerType = :ownerType AND f.purpose = :purpose AND f.ownerId IN (:...ownerIds)', { ownerType, purpose, ownerIds });
      return scoped(qb, loaders.actor, 'StoredFile').orderBy('f.createdAt', 'ASC').addOrderBy('f.id', 'ASC').getMany();
    },
    (file) => file.ownerId,
  );
}

/** Every file of many records of one type, whatever its purpose, oldest first: one SQL statement per request (no content). */
export function allFilesOf(loaders: Loaders, ownerType: string) {
  return loaders.group<string, StoredFile>(
    `StoredFile.all:${ownerType}`,
    (ownerIds) => {
      const qb = loaders.db
        .getRepository(StoredFile)
        .createQueryBuilder('f')
        .where('f.ownerType = :ownerType AND f.ownerId IN (:...ownerIds)', { ownerType, ownerIds });
      return scoped(qb, loaders.actor, 'StoredFile').orderBy('f.createdAt', 'ASC').addOrderBy('f.id', 'ASC').getMany();
    },
    (file) => file.ownerId,
  );
}
