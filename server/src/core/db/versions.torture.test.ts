import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';
import { fromGlobalId } from '../graphql/global-id.js';

/**
 * Many officers editing the same records at once, each from what they last read. Every edit must
 * end either applied or answered with a conflict, and the records must end exactly as the
 * applied edits, replayed in version order, make them: nothing lost, nothing invented.
 */
const CLIENTS = 8;
const ROUNDS = 12;
const FIELDS = ['name', 'shortName', 'area', 'note'] as const;
type Field = (typeof FIELDS)[number];
type State = Record<Field, string | null>;

const READ = `query($id: ID!) { unit(id: $id) { name shortName area note version } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) {
  unit { version name shortName area note } userErrors { field code } conflict { kind currentVersion fields { field } } } }`;

/** A small seeded generator, so a failing run can be repeated. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Applied {
  unitId: string;
  version: number;
  set: Partial<State>;
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('concurrent edits', () => {
  it(`${CLIENTS} officers × ${ROUNDS} edits on the same two units: each applied or refused, and the end state is exactly the applied edits`, async () => {
    const units = [
      gid(await buildUnit(app.db, { name: 'Hội Phụ nữ phường', shortName: 'HPN', area: 'Lê Chân' })),
      gid(await buildUnit(app.db, { name: 'Đoàn Thanh niên phường' })),
    ];
    const officers: Gql[] = [];
    for (let i = 0; i < CLIENTS; i++) officers.push((await app.loginAs('BOARD_OFFICER')).gql);
    const applied: Applied[] = [];
    let conflicts = 0;

    await Promise.all(
      officers.map(async (gql, client) => {
        const next = random(client + 1);
        for (let round = 0; round < ROUNDS; round++) {
          const unitId = units[Math.floor(next() * units.length)]!;
          const seen = ok(await gql(READ, { id: unitId })).unit;
          const fields = FIELDS.filter(() => next() < 0.4);
          if (!fields.length) fields.push(FIELDS[Math.floor(next() * FIELDS.length)]!);
          const set = Object.fromEntries(fields.map((field) => [field, `${field} ${client}.${round}`])) as Partial<State>;
          const answer = ok(await gql(UPDATE, { input: { id: unitId, expectedVersion: seen.version, ...set } })).updateUnit;
          if (answer.unit) {
            expect(answer.userErrors).toEqual([]);
            applied.push({ unitId, version: answer.unit.version, set });
          } else {
            expect(answer.userErrors).toEqual([{ field: ['expectedVersion'], code: 'CONFLICT' }]);
            expect(answer.conflict.kind).toBe('EDITED');
            // A conflict names only fields this edit sent.
            for (const { field } of answer.conflict.fields) expect(fields).toContain(field);
            conflicts += 1;
          }
        }
      }),
    );

    expect(applied.length + conflicts).toBe(CLIENTS * ROUNDS);
    expect(conflicts).toBeGreaterThan(0); // the run really raced
    for (const unitId of units) {
      const initial = ok(
        await app.gql(`query($id: ID!) { unit(id: $id) { history(first: 100) { nodes { action changes { field before } } } } }`, { id: unitId }),
      ).unit;
      const mine = applied.filter((edit) => edit.unitId === unitId).sort((a, b) => a.version - b.version);
      // Versions of applied edits are consecutive: every applied edit made exactly one version.
      expect(mine.map((edit) => edit.version)).toEqual(mine.map((_, i) => i + 2));
      const final = ok(await app.gql(READ, { id: unitId })).unit;
      expect(final.version).toBe(mine.length + 1);
      const replayed: Partial<State> = {};
      for (const edit of mine) Object.assign(replayed, edit.set);
      for (const [field, value] of Object.entries(replayed)) expect(final[field]).toBe(value);
      // The event log holds one UPDATE per applied edit, no more.
      const updates = initial.history.nodes.filter((event: { action: string }) => event.action === 'UPDATE');
      expect(updates).toHaveLength(mine.length);
      const rowId = fromGlobalId(unitId)!.id;
      const versions = (await app.db.query(`SELECT entity_version FROM change_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY seq`, [rowId])) as {
        entity_version: number;
      }[];
      expect(versions.map((row) => row.entity_version)).toEqual(mine.map((edit) => edit.version));
    }
  });
});
