import { describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, gql, type TypedDocumentNode } from '@apollo/client';
import { of } from 'rxjs';
import { createCache } from './cache';
import { freshAnswersLink, notOlder } from './freshAnswers';

type Dossier = { __typename: 'Dossier'; id: string; version: number; status: string };
const DOSSIER: TypedDocumentNode<{ dossier: Dossier }> = gql`
  query Dossier {
    dossier(id: "RDox") { id version status }
  }
`;
const SUBMIT: TypedDocumentNode<{ transitionDossier: { __typename: 'TransitionDossierPayload'; dossier: Dossier } }> = gql`
  mutation Submit {
    transitionDossier(input: { id: "RDox", to: SUBMITTED }) { dossier { id version status } }
  }
`;
const dossier = (version: number, status: string): Dossier => ({ __typename: 'Dossier', id: 'RDox', version, status });

/** A client whose server gives `answers` in turn, one per request (the last one again after), counting requests. */
function clientAnswering(answers: object[]) {
  const asked = { count: 0 };
  const server = new ApolloLink(() => of({ data: answers[Math.min(asked.count++, answers.length - 1)] }));
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.from([freshAnswersLink(), server]) });
  return { client, asked };
}

const submitted = { transitionDossier: { __typename: 'TransitionDossierPayload', dossier: dossier(4, 'SUBMITTED') } };

describe('answers that arrive out of order', () => {
  it('asks again when a query answers with an older version than the tab has seen', async () => {
    const { client, asked } = clientAnswering([submitted, { dossier: dossier(3, 'DRAFT') }, { dossier: dossier(4, 'SUBMITTED') }]);
    await client.mutate({ mutation: SUBMIT });
    const { data } = await client.query({ query: DOSSIER, fetchPolicy: 'network-only' });
    expect(data?.dossier).toMatchObject({ version: 4, status: 'SUBMITTED' });
    expect(asked.count).toBe(3);
  });

  it('takes a newer or equal version at once', async () => {
    const { client, asked } = clientAnswering([submitted, { dossier: dossier(5, 'RECEIVED') }]);
    await client.mutate({ mutation: SUBMIT });
    const { data } = await client.query({ query: DOSSIER, fetchPolicy: 'network-only' });
    expect(data?.dossier.status).toBe('RECEIVED');
    expect(asked.count).toBe(2);
  });

  it('gives up after a few tries rather than asking forever', async () => {
    const { client, asked } = clientAnswering([submitted, { dossier: dossier(3, 'DRAFT') }]);
    await client.mutate({ mutation: SUBMIT });
    await client.query({ query: DOSSIER, fetchPolicy: 'network-only' });
    expect(asked.count).toBe(1 + 4);
  });

  it('finds an older record deep in lists, and tells records apart by type and id', () => {
    const versions = new Map<string, number>();
    expect(notOlder(versions, { dossier: dossier(4, 'SUBMITTED') })).toBe(true);
    expect(notOlder(versions, { a: { nodes: [{ __typename: 'Unit', id: 'RDox', version: 1 }] } })).toBe(true);
    expect(notOlder(versions, { a: { nodes: [{ __typename: 'Unit', id: 'VW5pdDox', version: 1 }, dossier(2, 'DRAFT')] } })).toBe(false);
  });
});
