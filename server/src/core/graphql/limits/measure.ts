import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS } from '@thidua/shared';
import { collectFields, everyFragment, isIntrospectionField, subSelections, type Applies, type Walk } from './collect.js';

/** Assumed length of a list field that takes no page size (e.g. `Bloc.children`, `Covenant.signatures`). */
export const UNPAGED_LIST_SIZE = 10;

/** An operation's size, measured before it runs. */
export interface Measure {
  /** Estimated cost in points (see `measureOperation`). */
  cost: number;
  /** Deepest nesting of fields; a root field is depth 1. */
  depth: number;
  /** Fields whose response key differs from their name. */
  aliases: number;
  /** Asks for `__schema` or `__type`. */
  introspection: boolean;
  /** False when the walk stopped at its budget: the figures are then lower bounds. */
  complete: boolean;
}

class BudgetSpent extends Error {}

interface State extends Walk {
  schema: GraphQLSchema;
  budget: number;
  introspection: boolean;
}

/**
 * Cost model. Every field costs 1. A connection field (one with `first`/`last` that returns a
 * `…Connection`) costs 1 plus its selection, in which the page lists (`edges`, `nodes`) count
 * page size × their selection; the page size is `first` or `last` (the larger if both), default 20,
 * clamped to 1…100. A list field fetched by `ids` counts as many as there are ids; any other
 * list field costs 1 + 10 × its selection (UNPAGED_LIST_SIZE).
 * Nested lists multiply. Where the runtime type is not known (interfaces, unions), the most
 * expensive type-specific branch counts. Introspection fields (`__schema`, `__type`) cost 1 and
 * are not walked: they are answered from memory and bounded by the schema. Fragments and
 * variables are resolved; `@skip`/`@include` are honoured.
 *
 * The walk visits at most `budget` field positions, so that a document whose fragments expand
 * exponentially is refused instead of measured.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  budget: number,
): Measure {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const state: State = { schema, fragments, variables: coerced.coerced ?? {}, budget, introspection: false };
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, depth: 0, aliases: 0, introspection: false, complete: true };
  try {
    const { cost, depth, aliases } = measureSet(state, [operation.selectionSet], root, null);
    return { cost, depth, aliases, introspection: state.introspection, complete: true };
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    return { cost: budget, depth: 0, aliases: 0, introspection: state.introspection, complete: false };
  }
}

type Size = Pick<Measure, 'cost' | 'depth' | 'aliases'>;

function measureSet(state: State, sets: readonly SelectionSetNode[], type: GraphQLCompositeType, pageSize: number | null): Size {
  if (!isAbstractType(type)) return measureFields(state, collectFields(state, sets, everyFragment), type, pageSize);
  // An interface or union: one shape per object type named in a type condition, and one for any other type.
  const named = new Set<string>();
  collectFields(state, sets, (condition) => {
    if (condition && isObjectType(state.schema.getType(condition))) named.add(condition);
    return true;
  });
  const shapes: { type: GraphQLCompositeType; applies: Applies }[] = [{ type, applies: (condition) => !condition || !named.has(condition) }];
  for (const name of named) {
    shapes.push({
      type: state.schema.getType(name) as GraphQLObjectType,
      applies: (condition) => {
        if (!condition || condition === name) return true;
        const conditionType = state.schema.getType(condition);
        return isAbstractType(conditionType) && isPossible(state, conditionType, name);
      },
    });
  }
  const sizes = shapes.map((shape) => measureFields(state, collectFields(state, sets, shape.applies), shape.type, pageSize));
  return {
    cost: Math.max(...sizes.map((s) => s.cost)),
    depth: Math.max(...sizes.map((s) => s.depth)),
    aliases: Math.max(...sizes.map((s) => s.aliases)),
  };
}

function isPossible(state: State, abstract: GraphQLCompositeType, objectName: string): boolean {
  const object = state.schema.getType(objectName);
  return isAbstractType(abstract) && isObjectType(object) && state.schema.isSubType(abstract, object);
}

function measureFields(state: State, fields: Map<string, FieldNode[]>, type: GraphQLCompositeType, pageSize: number | null): Size {
  const total: Size = { cost: 0, depth: 0, aliases: 0 };
  for (const [key, nodes] of fields) {
    state.budget -= 1;
    if (state.budget < 0) throw new BudgetSpent();
    const name = nodes[0]!.name.value;
    if (key !== name) total.aliases += 1;
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (isIntrospectionField(name)) state.introspection = true;
    const sets = subSelections(nodes);
    const child = field && !isIntrospectionField(name) && sets.length ? measureChild(state, field, nodes[0]!, sets, pageSize) : null;
    total.cost += child ? 1 + child.multiplier * child.size.cost : 1;
    total.depth = Math.max(total.depth, 1 + (child?.size.depth ?? 0));
    total.aliases += child?.size.aliases ?? 0;
  }
  return total;
}

function measureChild(state: State, field: GraphQLField<unknown, unknown>, node: FieldNode, sets: SelectionSetNode[], pageSize: number | null) {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return null;
  const connectionSize = isConnection(field) ? pageSizeOf(state, field, node) : null;
  if (connectionSize !== null) return { multiplier: 1, size: measureSet(state, sets, named, connectionSize) };
  const multiplier = isListType(getNullableType(field.type)) ? listSize(state, field, node, pageSize) : 1;
  return { multiplier, size: measureSet(state, sets, named, null) };
}

/** A page list of a connection holds the page size; a list fetched by `ids` as many as asked; any other is assumed. */
function listSize(state: State, field: GraphQLField<unknown, unknown>, node: FieldNode, pageSize: number | null): number {
  if (pageSize !== null) return pageSize;
  const ids = field.args.some((arg) => arg.name === 'ids') ? argumentsOf(state, field, node).ids : undefined;
  return Array.isArray(ids) ? Math.max(ids.length, 1) : UNPAGED_LIST_SIZE;
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return isObjectType(named) && named.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

function argumentsOf(state: State, field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, state.variables);
  } catch {
    // Bad arguments fail execution with their own error; measure with the defaults meanwhile.
    return {};
  }
}

function pageSizeOf(state: State, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const args = argumentsOf(state, field, node);
  const sizes = [args.first, args.last].filter((value): value is number => typeof value === 'number');
  const size = sizes.length ? Math.max(...sizes) : LIMITS.pageSizeDefault;
  return Math.min(Math.max(size, 1), LIMITS.pageSizeMax);
}
