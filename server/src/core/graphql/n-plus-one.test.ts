import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildBloc } from '../../modules/bloc/bloc.builders.js';
import { buildAwardType, buildCommendation, buildDecision } from '../../modules/commendation/commendation.builders.js';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUnit, gid } from '../../test-support/builders.js';

/**
 * The number of SQL statements of a nested request does not grow with the rows it returns:
 * bloc → members of a year (with roles) → their commendations of that year → decision.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const QUERY = `query($id: ID!) {
  bloc(id: $id) {
    name
    members(year: 2022) {
      roles isLeading
      unit {
        name parent { name }
        commendations(filter: { year: { eq: 2022 } }) {
          totalCount
          nodes { achievement awardType { nameVi } decision { number issuer } bloc { name } }
        }
      }
    }
  }
}`;

async function blocWithMembers(count: number) {
  const bloc = await buildBloc(app.db);
  const awardType = await buildAwardType(app.db);
  const decision = await buildDecision(app.db);
  const parent = await buildUnit(app.db);
  for (let i = 0; i < count; i += 1) {
    const unit = await buildUnit(app.db, { parentId: parent.id });
    await addMember(app.db, bloc, unit, 2020);
    await buildCommendation(app.db, unit, awardType, { year: 2022, decisionId: decision.id, blocId: bloc.id });
    await buildCommendation(app.db, unit, awardType, { year: 2021, decisionId: decision.id });
  }
  return bloc;
}

describe('nested requests', () => {
  it('cost the same number of SQL statements for 3 members as for 30', async () => {
    const small = await blocWithMembers(3);
    const large = await blocWithMembers(30);
    const a = await app.gql(QUERY, { id: gid(small) });
    const b = await app.gql(QUERY, { id: gid(large) });
    expect(ok(a).bloc.members).toHaveLength(3);
    expect(ok(b).bloc.members).toHaveLength(30);
    expect(ok(b).bloc.members[0].unit.commendations).toMatchObject({ totalCount: 1, nodes: [{ decision: { issuer: 'UBND thành phố Hải Phòng' } }] });
    expect(a.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(b.extensions?.sqlStatements).toBe(a.extensions?.sqlStatements);
  });
});
