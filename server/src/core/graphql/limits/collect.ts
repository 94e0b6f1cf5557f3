import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** What walking one operation needs besides its selections: the document's fragments and the request's variables. */
export interface Walk {
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/** Whether a fragment with this type condition (none for `... {`) is taken. */
export type Applies = (typeCondition: string | undefined) => boolean;

export const everyFragment: Applies = () => true;

/**
 * The fields of some selection sets by response key, as execution sees them: fragments expanded
 * (each named one once per level, like graphql-js), `@skip`/`@include` honoured, fields with the
 * same key merged.
 */
export function collectFields(walk: Walk, sets: readonly SelectionSetNode[], applies: Applies): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (!included(walk, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const same = fields.get(key);
        if (!same) fields.set(key, [selection]);
        else if (!same.includes(selection)) same.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = walk.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** The selection sets below fields merged under one key. */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

export function isIntrospectionField(name: string): boolean {
  return name === '__schema' || name === '__type';
}

function included(walk: Walk, node: FieldNode | FragmentSpreadNode | InlineFragmentNode): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if === false) return false;
  } catch {
    // A bad directive argument fails execution with its own error; count the field meanwhile.
  }
  return true;
}
