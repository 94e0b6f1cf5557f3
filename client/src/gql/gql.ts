/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    changes { field before after }\n  }\n": typeof types.ChangeList_EventFragmentDoc,
    "\n  query HistoryTimeline($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Versioned {\n        history(first: 20, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { id action occurredAt actorName ...ChangeList_event }\n        }\n      }\n    }\n  }\n": typeof types.HistoryTimelineDocument,
    "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n": typeof types.BlocOptionsDocument,
    "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n": typeof types.MovementOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n": typeof types.HouseholdOptionsDocument,
    "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n": typeof types.DecisionOptionsDocument,
    "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n": typeof types.AwardTypeOptionsDocument,
    "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n": typeof types.EventOptionsDocument,
    "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n": typeof types.RecordNamesDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UpdateUnitDocument,
};
const documents: Documents = {
    "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    changes { field before after }\n  }\n": types.ChangeList_EventFragmentDoc,
    "\n  query HistoryTimeline($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Versioned {\n        history(first: 20, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { id action occurredAt actorName ...ChangeList_event }\n        }\n      }\n    }\n  }\n": types.HistoryTimelineDocument,
    "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n": types.UnitOptionsDocument,
    "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n": types.BlocOptionsDocument,
    "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n": types.MovementOptionsDocument,
    "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n": types.PersonOptionsDocument,
    "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n": types.HouseholdOptionsDocument,
    "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n": types.DecisionOptionsDocument,
    "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n": types.AwardTypeOptionsDocument,
    "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n": types.EventOptionsDocument,
    "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n": types.RecordNamesDocument,
    "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n": types.AuditPageDocument,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n    }\n  }\n": types.UnitPageDocument,
    "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n": types.UpdateUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeList_event on ChangeEvent {\n    action\n    changes { field before after }\n  }\n"): (typeof documents)["\n  fragment ChangeList_event on ChangeEvent {\n    action\n    changes { field before after }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryTimeline($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Versioned {\n        history(first: 20, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { id action occurredAt actorName ...ChangeList_event }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryTimeline($id: ID!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Versioned {\n        history(first: 20, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { id action occurredAt actorName ...ChangeList_event }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n"): (typeof documents)["\n  query UnitOptions($search: String, $filter: UnitFilter) {\n    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query BlocOptions($search: String) {\n    blocs(first: 20, search: $search) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query MovementOptions($search: String) {\n    movements(first: 20, search: $search) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String) {\n    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n"): (typeof documents)["\n  query HouseholdOptions($search: String) {\n    households(first: 20, search: $search) { nodes { id name address } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n"): (typeof documents)["\n  query DecisionOptions($search: String) {\n    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n"): (typeof documents)["\n  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {\n    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n"): (typeof documents)["\n  query EventOptions($search: String) {\n    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n"): (typeof documents)["\n  query RecordNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Unit { name }\n      ... on Bloc { name }\n      ... on Movement { name }\n      ... on Household { name }\n      ... on ApiToken { name }\n      ... on Person { fullName }\n      ... on User { displayName }\n      ... on Event { title }\n      ... on Covenant { title }\n      ... on CovenantCriterion { title }\n      ... on Decision { number subject }\n      ... on AwardType { nameVi }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($first: Int, $after: String, $last: Int, $before: String, $filter: ChangeEventFilter) {\n    changeEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id seq occurredAt action actorKind actorId actorName requestId entityType entityId ...ChangeList_event }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      id name shortName kind area note version\n      parent { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: UnitFilter, $orderBy: [UnitOrder!]) {\n    units(first: $first, after: $after, last: $last, before: $before, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name shortName kind area }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit { id name shortName kind area note version }\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;