import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { FileKind } from '@thidua/shared';
import { FILE_KINDS } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireRead, requireWrite } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import { removeRecords } from '../../core/changes/remove.js';
import { loadForDelete } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { NotFoundError, Problems } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { detectKind, sanitizeName } from './file.detect.js';
import { FileError } from './file.errors.js';
import { FILE_OWNERS, ownerColumns, ownerRefOf, visibleOwner } from './file.owners.js';
import { StoredFile } from './stored-file.entity.js';

export interface UploadInput {
  /** Global id of the record the file belongs to. */
  owner: string;
  purpose: string;
  /** The name the browser sent. */
  name: string;
  bytes: Buffer;
}

export interface FileSettings {
  uploadKinds: readonly FileKind[];
}

/**
 * Files of records. Whoever may change the record adds and deletes its files; whoever sees the
 * record downloads them. An upload is one INSERT in one transaction with its event: a refusal or
 * an error stores nothing.
 */
export class FileService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: FileSettings,
  ) {}

  upload(actor: Actor, input: UploadInput): Promise<StoredFile> {
    requireWrite(actor);
    const ref = ownerRefOf(input.owner);
    if (!ref) throw new FileError(404, 'OWNER_NOT_FOUND');
    if (!(ref.owner.purposes as readonly string[]).includes(input.purpose)) throw new FileError(400, 'PURPOSE_NOT_ALLOWED');
    return write(this.db, async (em) => {
      const record = await visibleOwner(em, actor, ref);
      if (!record) throw new FileError(404, 'OWNER_NOT_FOUND');
      if (!(await ref.owner.mayWrite(em, actor, record))) throw new ForbiddenError();
      const name = sanitizeName(input.name);
      const kind = detectKind(input.bytes, name, this.settings.uploadKinds);
      if (!kind) throw new FileError(415, 'FILE_TYPE_NOT_ALLOWED');
      const file = em.create(StoredFile, {
        ...ownerColumns(ref),
        purpose: input.purpose as StoredFile['purpose'],
        name,
        contentType: FILE_KINDS[kind].contentType,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        content: input.bytes,
        uploadedBy: actor.name,
      });
      const saved = await em.save(file);
      delete (saved as Partial<StoredFile>).content;
      return saved;
    });
  }

  /** A file with its bytes, if the actor sees its record; else NOT_FOUND, as if missing. */
  async open(actor: Actor, globalId: string): Promise<StoredFile> {
    requireRead(actor);
    const id = decodeIdOf('StoredFile', globalId);
    const qb = this.db.getRepository(StoredFile).createQueryBuilder('f').addSelect('f.content').where('f.id = :id', { id });
    const file = id ? await scoped(qb, actor, 'StoredFile').getOne() : null;
    const owner = file ? FILE_OWNERS[file.ownerType] : undefined;
    if (!file || !owner || !(await visibleOwner(this.db.manager, actor, { id: file.ownerId, owner }))) throw new NotFoundError('tệp');
    return file;
  }

  /** Who may change the file's record; the version check as for every delete. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const file = await loadForDelete(em, StoredFile, id, expectedVersion, new Problems(), {
        viewer: actor,
        authorize: async (found) => {
          const owner = FILE_OWNERS[found.ownerType];
          const record = owner ? await visibleOwner(em, actor, { id: found.ownerId, owner }) : null;
          if (!owner || !record || !(await owner.mayWrite(em, actor, record))) throw new ForbiddenError();
        },
      });
      await removeRecords(em, StoredFile, { id: file.id });
      return id;
    });
  }
}
