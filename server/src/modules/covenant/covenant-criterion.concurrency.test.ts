import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type Gql, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { buildCovenant } from './covenant.builders.js';

const ADD = `mutation($input: AddCovenantCriterionInput!) { addCovenantCriterion(input: $input) { criterion { id } userErrors { field code } } }`;
const MOVE = `mutation($input: MoveCovenantCriterionInput!) { moveCovenantCriterion(input: $input) { criterion { id } userErrors { field code } } }`;

let app: TestApp;
let officers: Gql[];
beforeAll(async () => {
  app = await createTestApp();
  officers = [(await app.loginAs('BOARD_OFFICER')).gql, (await app.loginAs('BOARD_OFFICER')).gql];
});
afterAll(() => app.close());

async function titles(covenantId: string): Promise<string[]> {
  const data = ok(await app.gql(`query($id: ID!) { covenant(id: $id) { criteria { title } } }`, { id: covenantId }));
  return data.covenant.criteria.map((c: { title: string }) => c.title);
}

async function add(gql: Gql, input: Record<string, unknown>): Promise<string> {
  const answer = ok(await gql(ADD, { input })).addCovenantCriterion;
  expect(answer.userErrors).toEqual([]);
  return answer.criterion.id;
}

/** Ranks are the order: no two siblings may share one, or two readers could see different orders. */
async function expectDistinctRanks(covenant: { id: string }) {
  const rows = await app.db.manager.findBy(CovenantCriterion, { covenantId: covenant.id });
  const keys = rows.map((row) => `${row.parentId}:${row.rank}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('covenant criteria edited by two officers at once', () => {
  it('concurrent appends and inserts between the same two criteria keep one consistent order', async () => {
    const covenant = await buildCovenant(app.db);
    const id = gid(covenant);
    const a = await add(app.gql, { covenantId: id, title: 'A' });
    const z = await add(app.gql, { covenantId: id, title: 'Z' });
    await Promise.all(
      officers.map(async (gql, who) => {
        for (let i = 0; i < 8; i++) {
          await Promise.all([
            add(gql, { covenantId: id, title: `cuối ${who}.${i}` }),
            add(gql, { covenantId: id, title: `giữa ${who}.${i}`, afterId: a, beforeId: z }),
          ]);
        }
      }),
    );
    const order = await titles(id);
    expect(order).toHaveLength(2 + 2 * 2 * 8);
    await expectDistinctRanks(covenant);
    // Everything inserted between A and Z is between them; every append is after Z.
    const [ia, iz] = [order.indexOf('A'), order.indexOf('Z')];
    expect(ia).toBe(0);
    for (const title of order.filter((t) => t.startsWith('giữa'))) {
      expect(order.indexOf(title)).toBeGreaterThan(ia);
      expect(order.indexOf(title)).toBeLessThan(iz);
    }
    for (const title of order.filter((t) => t.startsWith('cuối'))) expect(order.indexOf(title)).toBeGreaterThan(iz);
    // Each officer's own appends keep the order they made them in.
    for (const who of [0, 1]) {
      const mine = order.filter((t) => t.startsWith(`cuối ${who}.`));
      expect(mine).toEqual([...mine].sort((x, y) => Number(x.split('.')[1]) - Number(y.split('.')[1])));
    }
    // Two reads agree.
    expect(await titles(id)).toEqual(order);
  });

  it('concurrent moves of different criteria to the same place end in one order both officers see', async () => {
    const covenant = await buildCovenant(app.db);
    const id = gid(covenant);
    const ids: string[] = [];
    for (const title of ['1', '2', '3', '4', '5', '6']) ids.push(await add(app.gql, { covenantId: id, title }));
    const moves = await Promise.all([
      officers[0]!(MOVE, { input: { id: ids[4], afterId: ids[0], beforeId: ids[1] } }),
      officers[1]!(MOVE, { input: { id: ids[5], afterId: ids[0], beforeId: ids[1] } }),
    ]);
    for (const move of moves) expect(ok(move).moveCovenantCriterion.userErrors).toEqual([]);
    const order = await titles(id);
    expect(order.slice(0, 1)).toEqual(['1']);
    expect(order.slice(1, 3).sort()).toEqual(['5', '6']);
    expect(order.slice(3)).toEqual(['2', '3', '4']);
    await expectDistinctRanks(covenant);
  });
});
