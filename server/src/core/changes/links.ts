import type { EntityManager, ObjectType } from 'typeorm';
import { recordUpdated, runnerOf } from './capture.js';
import { idsOf, linkField, loggedType } from './fields.js';

/** A many-to-many relation (entity class and property) whose join table is written directly. */
export interface Link {
  entity: ObjectType<unknown>;
  relation: string;
}

/**
 * Replaces the far-side ids linked to `fromId` through the relation's join table; true when the
 * set changed. A change is recorded in the event log as a change of the owning record's
 * `<relation>Ids` field (e.g. a covenant's `movementIds`).
 */
export async function replaceLinks(em: EntityManager, link: Link, fromId: string, toIds: string[]): Promise<boolean> {
  if (!em.queryRunner?.isTransactionActive) return em.transaction((tx) => replaceLinks(tx, link, fromId, toIds));
  const metadata = em.connection.getMetadata(link.entity);
  const relation = metadata.findRelationWithPropertyPath(link.relation);
  const junction = relation?.junctionEntityMetadata;
  if (!relation || !junction) throw new Error(`${metadata.name}.${link.relation} is not a many-to-many relation.`);
  const table = junction.tablePath;
  const from = junction.ownerColumns[0]!.databaseName;
  const to = junction.inverseColumns[0]!.databaseName;
  const [removed]: [{ to: string }[], number] = await em.query(`DELETE FROM ${table} WHERE ${from} = $1 RETURNING ${to} AS "to"`, [fromId]);
  if (toIds.length) await em.query(`INSERT INTO ${table} (${from}, ${to}) SELECT $1, unnest($2::uuid[])`, [fromId, toIds]);
  const before = idsOf(removed.map((row) => row.to));
  const after = idsOf([...new Set(toIds)]);
  const changed = before.length !== after.length || before.some((id, i) => id !== after[i]);
  const logged = loggedType(metadata);
  if (changed && logged) recordUpdated(runnerOf(em), logged.type, fromId, { [linkField(relation)]: before }, { [linkField(relation)]: after });
  return changed;
}
