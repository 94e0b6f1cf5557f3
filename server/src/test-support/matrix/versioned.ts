import { isInputObjectType, isNonNullType, type GraphQLSchema } from 'graphql';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { TestApp } from '../app.js';
import { buildWorld, clientFor, fingerprint, outcomeOf, WHO } from '../authorization.js';
import { loggedType } from '../../core/changes/fields.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { expectedOf, mutationDocument, type MutationCase } from './run.js';

/**
 * The matrix again for every mutation that takes `expectedVersion`, sent twice: at the record's
 * current version (the same outcome as without it), and at a version someone else has since
 * changed (the same fields for an edit, any field for a delete). A caller who may write gets the
 * CONFLICT; anyone else gets the same denial as ever (FORBIDDEN, NOT_FOUND…), not a conflict that
 * would tell them what changed. A stale run never writes.
 */
export type Staleness = 'current' | 'stale';

/** Where a mutation takes `expectedVersion`: as an argument, in its `input`, or not at all. */
export function versionedAt(schema: GraphQLSchema, name: string): 'arg' | 'input' | null {
  const field = schema.getMutationType()!.getFields()[name]!;
  if (field.args.some((arg) => arg.name === 'expectedVersion')) return 'arg';
  const input = field.args.find((arg) => arg.name === 'input');
  const type = input && (isNonNullType(input.type) ? input.type.ofType : input.type);
  return type && isInputObjectType(type) && 'expectedVersion' in type.getFields() ? 'input' : null;
}

/** The record a versioned mutation acts on: `id`, `input.id`, or the case's own `versioned` choice. */
function recordOf(c: MutationCase, variables: Record<string, unknown>) {
  const input = variables.input as Record<string, unknown> | undefined;
  const globalId = String(c.versionedRecord?.(variables) ?? variables.id ?? input?.id);
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw new Error(`No record id in ${JSON.stringify(variables)}`);
  return decoded;
}

const PREFERRED = ['note', 'description', 'content', 'address', 'venue', 'slogan', 'position', 'achievement', 'body', 'title', 'name'];

/** A different value for a column, that the column still accepts (its enum, its length, dates, arrays). */
function otherValue(column: ColumnMetadata | undefined, yours: unknown): unknown {
  if (typeof yours === 'number') return yours + 1;
  if (Array.isArray(yours)) return yours.length ? yours.slice(1) : ['(người khác sửa)'];
  if (typeof yours === 'boolean') return !yours;
  const text = String(yours);
  if (column?.enum) return column.enum.find((value) => value !== yours) ?? yours;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(Date.parse(text) - 86_400_000).toISOString().slice(0, 10);
  const changed = `${text} (người khác sửa)`;
  const length = Number(column?.length) || Infinity;
  return changed.length <= length ? changed : `${text.slice(0, length - 1)}*`;
}

/** Free text columns long enough to take a note (not arrays, dates, enums or short codes). */
const isNoteColumn = (c: ColumnMetadata) =>
  !c.relationMetadata && !c.enum && !c.isArray && (c.type === String || c.type === 'text' || c.type === 'varchar') && (!c.length || Number(c.length) >= 60);

/** Someone else changes the record: the fields this input sends (an edit), or one text field (a delete). */
async function changeBehind(db: DataSource, type: string, id: string, input: Record<string, unknown> | undefined): Promise<void> {
  const metadata = db.getMetadata(type);
  const logged = loggedType(metadata)!;
  await db.transaction(async (em) => {
    const row: ObjectLiteral = (await em.findOneByOrFail(metadata.target, { id }))!;
    const sent = Object.entries(input ?? {}).filter(([field]) => field !== 'id' && field !== 'expectedVersion' && logged.order.has(field));
    if (sent.length) {
      for (const [field, yours] of sent) row[field] = otherValue(metadata.findColumnWithPropertyName(field), yours);
    } else {
      const text = metadata.columns.filter((c) => logged.order.has(c.propertyName) && isNoteColumn(c));
      const field = [...text].sort((a, b) => rank(a.propertyName) - rank(b.propertyName))[0];
      if (!field) throw new Error(`${type}: no text field to change behind the caller's back.`);
      row[field.propertyName] = `${row[field.propertyName] ?? ''} (người khác sửa)`.trim();
    }
    await em.save(metadata.target, row);
  });
}
const rank = (field: string) => (PREFERRED.includes(field) ? PREFERRED.indexOf(field) : PREFERRED.length);

/** Runs one versioned mutation as every caller, at the current or at a stale version. */
export async function runVersionedCase(app: TestApp, schema: GraphQLSchema, name: string, c: MutationCase, staleness: Staleness): Promise<string[]> {
  const at = versionedAt(schema, name);
  if (!at) return [`${name} takes no expectedVersion`];
  if (c.versionedBy) return [];
  const document = mutationDocument(schema, name);
  const problems: string[] = [];
  for (const who of WHO) {
    const world = await buildWorld(app.db);
    const variables = await c.arrange(app.db, world);
    const { type, id } = recordOf(c, variables);
    const [{ version }] = await app.db.query(`SELECT version FROM ${app.db.getMetadata(type).tableName} WHERE id = $1`, [id]);
    const input = variables.input as Record<string, unknown> | undefined;
    if (at === 'arg') variables.expectedVersion = version;
    else input!.expectedVersion = version;
    if (staleness === 'stale' && c.changeBehind) await c.changeBehind(app.db, variables);
    else if (staleness === 'stale') await changeBehind(app.db, type, id, name.startsWith('delete') || name.startsWith('remove') ? undefined : input);
    const gql = await clientFor(app, world, who);
    const before = await fingerprint(app.db);
    const response = await gql(document, variables);
    const after = await fingerprint(app.db);
    const outcome = outcomeOf(response, name);
    const allowed = expectedOf(c, who);
    const expected = staleness === 'stale' && allowed === 'ok' && !c.staleMerges ? 'CONFLICT' : allowed;
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    const label = `${name} at the ${staleness} version as ${who}`;
    if (outcome !== expected)
      problems.push(`${label}: expected ${expected}, got ${outcome}${response.errors?.length ? ` (${response.errors.map((e) => e.message).join('; ')})` : ''}`);
    if (expected !== 'ok' && changed.length) problems.push(`${label} was refused but wrote to ${changed.join(', ')}`);
    if (expected === 'ok' && outcome === 'ok' && !changed.length) problems.push(`${label} succeeded but wrote nothing`);
  }
  return problems;
}
