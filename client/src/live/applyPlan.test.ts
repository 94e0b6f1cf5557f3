import { describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { Observable, of } from 'rxjs';
import { applyPlan } from './applyPlan';

const gid = (type: string, n: number) => btoa(`${type}:${n}`).replace(/=+$/, '');
const UNIT_1 = gid('Unit', 1);
const UNIT_2 = gid('Unit', 2);

const UNIT = gql`
  query LivePlanUnit($id: ID!) {
    unit(id: $id) { id name }
  }
`;
const UNITS = gql`
  query LivePlanUnits {
    units { nodes { id name } }
  }
`;
const PEOPLE = gql`
  query LivePlanPeople {
    people { nodes { id fullName } }
  }
`;

/** A client whose server counts the requests per operation and answers from `names`. */
function setup() {
  const names: Record<string, string> = { [UNIT_1]: 'Hội A', [UNIT_2]: 'Hội B' };
  const requests: string[] = [];
  const link = new ApolloLink((operation) => {
    requests.push(operation.operationName!);
    const unit = (id: string) => ({ __typename: 'Unit', id, name: names[id] });
    switch (operation.operationName) {
      case 'LivePlanUnit':
        return of({ data: { unit: unit(operation.variables.id as string) } });
      case 'LivePlanUnits':
        return of({ data: { units: { __typename: 'UnitConnection', nodes: [unit(UNIT_1), unit(UNIT_2)] } } });
      default:
        return of({ data: { people: { __typename: 'PersonConnection', nodes: [] } } });
    }
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const watch = (query: typeof UNIT, variables = {}) => {
    const seen: unknown[] = [];
    const observable = client.watchQuery({ query, variables, fetchPolicy: 'cache-and-network' });
    const subscription = (observable as unknown as Observable<{ data: unknown }>).subscribe((result) => seen.push(result.data));
    return { seen, stop: () => subscription.unsubscribe() };
  };
  return { client, names, requests, watch };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('applying what a batch of remote changes made stale', () => {
  it('refetches the queries showing a changed record, and only those', async () => {
    const { client, names, requests, watch } = setup();
    const page = watch(UNIT, { id: UNIT_2 });
    const list = watch(UNITS);
    const people = watch(PEOPLE);
    await settle();
    requests.length = 0;

    names[UNIT_2] = 'Hội B mới';
    applyPlan(client, { records: [UNIT_2], rootFields: [], deleted: [] });
    await settle();
    expect(requests.sort()).toEqual(['LivePlanUnit', 'LivePlanUnits']);
    expect(client.readQuery({ query: UNIT, variables: { id: UNIT_2 } })).toEqual({ unit: { __typename: 'Unit', id: UNIT_2, name: 'Hội B mới' } });
    // The page never showed an empty (evicted) state in between.
    expect(page.seen.every(Boolean)).toBe(true);
    [page, list, people].forEach((w) => w.stop());
  });

  it('refetches the queries reading a root list field, without touching others', async () => {
    const { client, requests, watch } = setup();
    const page = watch(UNIT, { id: UNIT_1 });
    const list = watch(UNITS);
    const people = watch(PEOPLE);
    await settle();
    requests.length = 0;

    applyPlan(client, { records: [], rootFields: ['people'], deleted: [] });
    await settle();
    expect(requests).toEqual(['LivePlanPeople']);
    [page, list, people].forEach((w) => w.stop());
  });

  it('does nothing for records no active query shows', async () => {
    const { client, requests, watch } = setup();
    const page = watch(UNIT, { id: UNIT_1 });
    await settle();
    requests.length = 0;
    applyPlan(client, { records: [gid('Person', 9)], rootFields: [], deleted: [] });
    await settle();
    expect(requests).toEqual([]);
    page.stop();
  });
});
