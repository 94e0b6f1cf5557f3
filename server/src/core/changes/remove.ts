import { In, type EntityManager, type EntityMetadata, type EntityTarget, type FindOptionsWhere, type ObjectLiteral, type QueryRunner } from 'typeorm';
import { recordDeleted, recordUpdated, runnerOf } from './capture.js';
import { idsOf, linkField, loggedType, snapshot } from './fields.js';

type Row = ObjectLiteral & { id: string };

/**
 * Deletes the rows matching `where` and records the deletion in the event log, with everything
 * the database does along with it: rows removed by ON DELETE CASCADE (a covenant's criteria and
 * signatures, a bloc's memberships…) are recorded as deleted, references cleared by ON DELETE
 * SET NULL as updates of their records, and links of many-to-many relations that point at the
 * deleted rows as updates of the records owning them. RESTRICT references still make the
 * database refuse (IN_USE), and then nothing is recorded. Returns how many rows matched.
 */
export async function removeRecords<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<number> {
  if (!em.queryRunner?.isTransactionActive) return em.transaction((tx) => removeRecords(tx, entity, where));
  const metadata = em.connection.getMetadata(entity);
  const rows = (await em.findBy(entity, where)) as unknown as Row[];
  if (!rows.length) return 0;
  await recordRemoval(em, runnerOf(em), metadata, rows, new Set());
  await em
    .createQueryBuilder()
    .delete()
    .from(metadata.target)
    .whereInIds(rows.map((row) => row.id))
    .callListeners(false)
    .execute();
  return rows.length;
}

async function recordRemoval(em: EntityManager, runner: QueryRunner, metadata: EntityMetadata, rows: Row[], seen: Set<string>): Promise<void> {
  const fresh = rows.filter((row) => !seen.has(`${metadata.name}:${row.id}`));
  if (!fresh.length) return;
  for (const row of fresh) seen.add(`${metadata.name}:${row.id}`);
  const ids = fresh.map((row) => row.id);
  const logged = loggedType(metadata);
  if (logged) {
    const links = new Map<string, Record<string, string[]>>();
    for (const relation of logged.links) {
      for (const [owner, targets] of await linkedIds(em, relation.junctionEntityMetadata!, ids)) {
        links.set(owner, { ...links.get(owner), [linkField(relation)]: targets });
      }
    }
    for (const row of fresh)
      recordDeleted(runner, logged.type, row.id, { ...snapshot(logged, row), ...links.get(row.id) }, (row as { version?: number }).version);
  }

  for (const other of em.connection.entityMetadatas) {
    const otherLogged = loggedType(other);
    if (!otherLogged) continue; // e.g. sessions: the database cascades them, nothing to record
    for (const relation of other.manyToOneRelations) {
      if (relation.inverseEntityMetadata !== metadata) continue;
      const column = relation.joinColumns[0]!;
      if (relation.onDelete === 'CASCADE') {
        const children = (await em.getRepository(other.target).findBy({ [column.propertyName]: In(ids) })) as Row[];
        await recordRemoval(em, runner, other, children, seen);
      } else if (relation.onDelete === 'SET NULL') {
        const referrers = ((await em.getRepository(other.target).findBy({ [column.propertyName]: In(ids) })) as Row[]).filter(
          (row) => !seen.has(`${other.name}:${row.id}`),
        );
        if (!referrers.length) continue;
        for (const row of referrers)
          recordUpdated(runner, otherLogged.type, row.id, { [column.propertyName]: column.getEntityValue(row) }, { [column.propertyName]: null });
        // Cleared here rather than by the database, so their version and updatedAt move too.
        await em
          .createQueryBuilder()
          .update(other.target)
          .set({ [column.propertyName]: null })
          .whereInIds(referrers.map((row) => row.id))
          .callListeners(false)
          .execute();
      }
    }
    for (const relation of other.manyToManyRelations) {
      if (!relation.isOwning || relation.inverseEntityMetadata !== metadata) continue;
      const junction = relation.junctionEntityMetadata!;
      const owners = await ownersLinkedTo(em, junction, ids);
      const touched = [...owners].filter(([owner]) => !seen.has(`${other.name}:${owner}`));
      if (!touched.length) continue;
      const removed = new Set(ids);
      for (const [owner, targets] of touched) {
        recordUpdated(runner, otherLogged.type, owner, { [linkField(relation)]: targets }, { [linkField(relation)]: targets.filter((id) => !removed.has(id)) });
      }
      // The database drops the links (ON DELETE CASCADE on the join table); the owners change version.
      await em
        .createQueryBuilder()
        .update(other.target)
        .set({})
        .whereInIds(touched.map(([owner]) => owner))
        .callListeners(false)
        .execute();
    }
  }
}

/** Far-side ids of each owner in a join table, for the given owners. */
async function linkedIds(em: EntityManager, junction: EntityMetadata, ownerIds: string[]): Promise<Map<string, string[]>> {
  const from = junction.ownerColumns[0]!.databaseName;
  const to = junction.inverseColumns[0]!.databaseName;
  const pairs: { owner: string; target: string }[] = await em.query(
    `SELECT ${from} AS owner, ${to} AS target FROM ${junction.tablePath} WHERE ${from} = ANY($1::uuid[])`,
    [ownerIds],
  );
  return group(pairs);
}

/** All links of the owners that link to any of `targetIds`. */
async function ownersLinkedTo(em: EntityManager, junction: EntityMetadata, targetIds: string[]): Promise<Map<string, string[]>> {
  const from = junction.ownerColumns[0]!.databaseName;
  const to = junction.inverseColumns[0]!.databaseName;
  const pairs: { owner: string; target: string }[] = await em.query(
    `SELECT ${from} AS owner, ${to} AS target FROM ${junction.tablePath} WHERE ${from} IN (SELECT ${from} FROM ${junction.tablePath} WHERE ${to} = ANY($1::uuid[]))`,
    [targetIds],
  );
  return group(pairs);
}

function group(pairs: { owner: string; target: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { owner, target } of pairs) map.set(owner, [...(map.get(owner) ?? []), target]);
  for (const [owner, targets] of map) map.set(owner, idsOf(targets));
  return map;
}
