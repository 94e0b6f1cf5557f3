import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { collectFields, everyFragment, isIntrospectionField, subSelections, type Walk } from './collect.js';

/**
 * The actual cost of a response: one point per field value in `data` (each key of each returned
 * object, list items counted one by one), an introspection field counting 1 like in the estimate.
 * With every page full and every unpaged list 10 long it equals the requested estimate.
 */
export function actualCost(document: DocumentNode | undefined, operation: OperationDefinitionNode | undefined, data: unknown): number {
  if (!document || !operation || !isObject(data)) return 0;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  // Fields left out by @skip/@include are simply absent from the data, so variables are not needed.
  return countObject({ fragments, variables: {} }, [operation.selectionSet], data);
}

function countObject(walk: Walk, sets: readonly SelectionSetNode[], object: Record<string, unknown>): number {
  let total = 0;
  for (const [key, nodes] of collectFields(walk, sets, everyFragment)) {
    if (!(key in object)) continue;
    total += 1;
    if (!isIntrospectionField(nodes[0]!.name.value)) total += countValue(walk, subSelections(nodes), object[key]);
  }
  return total;
}

function countValue(walk: Walk, sets: readonly SelectionSetNode[], value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countValue(walk, sets, item), 0);
  return sets.length && isObject(value) ? countObject(walk, sets, value) : 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
