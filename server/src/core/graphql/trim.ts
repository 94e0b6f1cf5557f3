import { getNullableType, GraphQLString, isInputObjectType, isListType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Text is trimmed at the edge, once, for every mutation (called by the payload middleware before
 * its arguments are converted and validated): every `String` argument and input field, however
 * deep, loses its leading and trailing spaces, so create and update store the same text and a
 * whitespace-only value fails `@Required()` alike. IDs, enums and custom scalars are left alone, and
 * so are fields marked `@Verbatim()` (passwords: their spaces count).
 */
const VERBATIM = 'verbatim';

/** Keeps this input field's text exactly as sent (passwords). */
export const Verbatim = () => Extensions({ [VERBATIM]: true });

function trimmed(value: unknown, type: GraphQLInputType): unknown {
  if (value == null) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return Array.isArray(value) ? value.map((item) => trimmed(item, inner.ofType)) : value;
  if (inner === GraphQLString) return typeof value === 'string' ? value.trim() : value;
  if (isInputObjectType(inner) && typeof value === 'object') {
    const fields = inner.getFields();
    const object = value as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      if (name in object && !field.extensions?.[VERBATIM]) object[name] = trimmed(object[name], field.type);
    }
  }
  return value;
}

/** Trims the text of these (already coerced) arguments in place. */
export function trimTextArgs(args: Record<string, unknown>, definitions: readonly GraphQLArgument[]): void {
  for (const definition of definitions) {
    if (definition.name in args && !definition.extensions?.[VERBATIM]) args[definition.name] = trimmed(args[definition.name], definition.type);
  }
}
