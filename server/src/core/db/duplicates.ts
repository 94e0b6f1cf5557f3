import type { DataSource, EntityMetadata } from 'typeorm';
import { userError, type UserErrorData } from '../errors.js';
import { toGlobalId } from '../graphql/global-id.js';

/** What PostgreSQL tells about a unique violation (SQLSTATE 23505). */
export interface UniqueViolation {
  table?: string;
  constraint?: string;
  /** `Key (issuer, number)=(UBND thành phố, 12/QĐ-UBND) already exists.` */
  detail?: string;
}

/** How a message names a record type ("khối, cụm thi đua \"…\""). Types not listed read "bản ghi". */
const TYPE_LABELS: Record<string, string> = {
  Bloc: 'khối, cụm thi đua',
  Decision: 'quyết định',
  AwardType: 'danh hiệu, hình thức khen thưởng',
  User: 'tài khoản',
  ApiToken: 'khóa API',
  Covenant: 'giao ước',
  Unit: 'đơn vị',
};
const NAME_FIELDS = ['name', 'nameVi', 'fullName', 'title', 'subject', 'displayName', 'username'] as const;
const CODE_FIELDS = [
  ['code', 'mã'],
  ['number', 'số'],
] as const;

/** "khối, cụm thi đua "Khối thi đua A" (mã KT-A)": the record's type, name and code, as far as it has them. */
export function describeExisting(type: string, row: Record<string, unknown>): string {
  const name = NAME_FIELDS.map((field) => row[field]).find((value) => typeof value === 'string' && value);
  const code = CODE_FIELDS.find(([field]) => typeof row[field] === 'string' && row[field]);
  const parts = [TYPE_LABELS[type] ?? 'bản ghi'];
  if (code) parts.push(`${code[1]} ${String(row[code[0]])}`);
  if (name && name !== row[code?.[0] ?? '']) parts.push(`"${String(name)}"`);
  return parts.join(' ');
}

/** The columns of a unique constraint or unique index, by its name (`uq_<table>__<field>`). */
function uniqueOf(metadata: EntityMetadata, name: string): { columns: string[]; where?: string } | null {
  const unique = metadata.uniques.find((u) => u.name === name);
  if (unique) return { columns: unique.columns.map((c) => c.databaseName) };
  const index = metadata.indices.find((i) => i.isUnique && i.name === name);
  return index ? { columns: index.columns.map((c) => c.databaseName), where: index.where } : null;
}

/**
 * The row a unique violation collided with, found again after the rollback. PostgreSQL's detail
 * lists the key's values as text joined by ", ", so the row whose key columns, read as text and
 * joined the same way, equal it is the one (the key cannot hold NULLs, or it would not collide).
 */
async function findExisting(db: DataSource, violation: UniqueViolation): Promise<{ metadata: EntityMetadata; row: Record<string, unknown> } | null> {
  const metadata = db.entityMetadatas.find((m) => m.tableName === violation.table);
  const unique = metadata && violation.constraint ? uniqueOf(metadata, violation.constraint) : null;
  const values = /^Key \((.*)\)=\((.*)\) already exists\.$/s.exec(violation.detail ?? '')?.[2];
  if (!metadata || !unique || values === undefined) return null;
  const key = unique.columns.map((column) => `r."${column}"::text`).join(`, `);
  const query = db.getRepository(metadata.target).createQueryBuilder('r').where(`concat_ws(', ', ${key}) = :values`, { values });
  if (unique.where) query.andWhere(unique.where.replace(/"([a-z_]+)"/g, 'r."$1"'));
  const row = (await query.getOne()) as Record<string, unknown> | null;
  return row ? { metadata, row } : null;
}

/**
 * A duplicate the database refused, as a user error: at the constraint's field, naming the record
 * that already has the value, with its global ID in `recordId` so the client can link to it.
 */
export async function duplicateError(db: DataSource, violation: UniqueViolation, field: string): Promise<UserErrorData> {
  const existing = await findExisting(db, violation).catch(() => null);
  if (!existing) return userError(field, 'DUPLICATE');
  const type = existing.metadata.name;
  const message = `Trùng với ${describeExisting(type, existing.row)} đã có.`;
  return userError(field, 'DUPLICATE', message, toGlobalId(type, String(existing.row.id)));
}
