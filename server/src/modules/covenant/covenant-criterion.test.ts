import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { gid } from '../../test-support/builders.js';
import { buildMovement } from '../movement/movement.builders.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { buildCovenant, buildCriterion } from './covenant.builders.js';
import type { Covenant } from './covenant.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const ADD = `mutation($input: AddCovenantCriterionInput!) { addCovenantCriterion(input: $input) {
  criterion { id title description maxScore kind number version parent { title } movements { name } covenant { year } } userErrors { field code message } } }`;
const MOVE = `mutation($input: MoveCovenantCriterionInput!) { moveCovenantCriterion(input: $input) { criterion { number } userErrors { field code } } }`;

async function add(input: Record<string, unknown>) {
  return ok(await app.gql(ADD, { input })).addCovenantCriterion;
}

async function outline(covenant: Covenant): Promise<string[]> {
  const data = ok(await app.gql(`query($id: ID!) { covenant(id: $id) { criteria { number title } } }`, { id: gid(covenant) }));
  return data.covenant.criteria.map((c: { number: string; title: string }) => `${c.number} ${c.title}`);
}

describe('covenant criteria', () => {
  it('adds, reads, updates and deletes criteria', async () => {
    const covenant = await buildCovenant(app.db, { year: 2023 });
    const [digital, rural] = [await buildMovement(app.db, { name: 'Chuyển đổi số' }), await buildMovement(app.db, { name: 'Nông thôn mới' })];
    const first = await add({
      covenantId: gid(covenant),
      title: 'Thực hiện tốt nhiệm vụ chính trị',
      maxScore: 40,
      kind: 'QUANTITATIVE',
      movementIds: [gid(rural), gid(digital)],
    });
    expect(first.userErrors).toEqual([]);
    expect(first.criterion).toMatchObject({
      number: '1',
      maxScore: 40,
      kind: 'QUANTITATIVE',
      version: 1,
      parent: null,
      covenant: { year: 2023 },
      movements: [{ name: 'Chuyển đổi số' }, { name: 'Nông thôn mới' }],
    });
    const child = await add({ covenantId: gid(covenant), parentId: first.criterion.id, title: 'Hoàn thành chỉ tiêu', maxScore: 12.5 });
    expect(child.criterion).toMatchObject({
      number: '1.1',
      kind: 'QUALITATIVE',
      maxScore: 12.5,
      parent: { title: 'Thực hiện tốt nhiệm vụ chính trị' },
      movements: [],
    });

    const tree = ok(
      await app.gql(`query($id: ID!) { covenant(id: $id) { criteria(topLevelOnly: true) { title children { number title } } } }`, { id: gid(covenant) }),
    );
    expect(tree.covenant.criteria).toEqual([{ title: 'Thực hiện tốt nhiệm vụ chính trị', children: [{ number: '1.1', title: 'Hoàn thành chỉ tiêu' }] }]);

    const updated = ok(
      await app.gql(
        `mutation($input: UpdateCovenantCriterionInput!) { updateCovenantCriterion(input: $input) { criterion { title description maxScore movements { name } version } userErrors { code } } }`,
        {
          input: { id: first.criterion.id, description: 'Chấm theo kết quả', maxScore: null, movementIds: [gid(digital)] },
        },
      ),
    ).updateCovenantCriterion;
    expect(updated).toEqual({
      criterion: {
        title: 'Thực hiện tốt nhiệm vụ chính trị',
        description: 'Chấm theo kết quả',
        maxScore: null,
        movements: [{ name: 'Chuyển đổi số' }],
        version: 2,
      },
      userErrors: [],
    });

    const deleted = ok(
      await app.gql(`mutation($id: ID!) { deleteCovenantCriterion(id: $id) { deletedId userErrors { code } } }`, { id: first.criterion.id }),
    ).deleteCovenantCriterion;
    expect(deleted).toEqual({ deletedId: first.criterion.id, userErrors: [] });
    expect(await app.db.manager.countBy(CovenantCriterion, { covenantId: covenant.id })).toBe(0);
  });

  it('keeps order when appending, inserting between two and moving', async () => {
    const covenant = await buildCovenant(app.db);
    const a = await add({ covenantId: gid(covenant), title: 'A' });
    const c = await add({ covenantId: gid(covenant), title: 'C' });
    await add({ covenantId: gid(covenant), title: 'B', afterId: a.criterion.id, beforeId: c.criterion.id });
    const zero = await add({ covenantId: gid(covenant), title: 'Đầu', beforeId: a.criterion.id });
    const d = await add({ covenantId: gid(covenant), title: 'D', afterId: c.criterion.id });
    await add({ covenantId: gid(covenant), title: 'C.1', parentId: c.criterion.id });
    expect(await outline(covenant)).toEqual(['1 Đầu', '2 A', '3 B', '4 C', '4.1 C.1', '5 D']);

    const toEnd = ok(await app.gql(MOVE, { input: { id: zero.criterion.id } })).moveCovenantCriterion;
    expect(toEnd).toEqual({ criterion: { number: '5' }, userErrors: [] });
    ok(await app.gql(MOVE, { input: { id: d.criterion.id, beforeId: a.criterion.id } }));
    expect(await outline(covenant)).toEqual(['1 D', '2 A', '3 B', '4 C', '4.1 C.1', '5 Đầu']);
    const between = ok(await app.gql(MOVE, { input: { id: c.criterion.id, afterId: d.criterion.id, beforeId: a.criterion.id } })).moveCovenantCriterion;
    expect(between).toEqual({ criterion: { number: '2' }, userErrors: [] });
    expect(await outline(covenant)).toEqual(['1 D', '2 C', '2.1 C.1', '3 A', '4 B', '5 Đầu']);
  });

  it('refuses bad placements and parents, writing nothing', async () => {
    const covenant = await buildCovenant(app.db);
    const other = await buildCovenant(app.db);
    const [a, b, c] = [await buildCriterion(app.db, covenant), await buildCriterion(app.db, covenant), await buildCriterion(app.db, covenant)];
    const child = await buildCriterion(app.db, covenant, { parentId: a.id });
    const foreign = await buildCriterion(app.db, other);
    const before = await app.db.manager.count(CovenantCriterion);
    const ranks = (await app.db.manager.find(CovenantCriterion, { order: { id: 'ASC' } })).map((x) => x.rank);

    const parent = await add({ covenantId: gid(covenant), title: 'X', parentId: gid(foreign) });
    expect(parent.userErrors).toEqual([{ field: ['parentId'], code: 'INVALID', message: 'Tiêu chí cha phải thuộc cùng giao ước.' }]);
    const notSibling = await add({ covenantId: gid(covenant), title: 'X', afterId: gid(child) });
    expect(notSibling.userErrors).toEqual([expect.objectContaining({ field: ['afterId'], code: 'INVALID' })]);
    const reversed = await add({ covenantId: gid(covenant), title: 'X', afterId: gid(c), beforeId: gid(a) });
    expect(reversed.userErrors).toEqual([expect.objectContaining({ field: ['beforeId'], code: 'INVALID' })]);
    const score = await add({ covenantId: gid(covenant), title: 'X', maxScore: -1 });
    expect(score.userErrors).toEqual([expect.objectContaining({ field: ['maxScore'], code: 'OUT_OF_RANGE' })]);
    const tooHigh = await add({ covenantId: gid(covenant), title: 'X', maxScore: 1001 });
    expect(tooHigh.userErrors).toEqual([expect.objectContaining({ field: ['maxScore'], code: 'OUT_OF_RANGE' })]);
    const refs = await add({ covenantId: gid(foreign), title: 'X', movementIds: ['m'] });
    expect(refs.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['covenantId', 'movementIds.0']);
    const self = ok(await app.gql(MOVE, { input: { id: gid(b), afterId: gid(b) } })).moveCovenantCriterion;
    expect(self.userErrors).toEqual([{ field: ['afterId'], code: 'INVALID' }]);

    expect(await app.db.manager.count(CovenantCriterion)).toBe(before);
    expect((await app.db.manager.find(CovenantCriterion, { order: { id: 'ASC' } })).map((x) => x.rank)).toEqual(ranks);
  });
});
