import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isScalarType,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LIMITS } from '@thidua/shared';

/**
 * Dates the API accepts, for every LocalDate and DateTimeISO argument however deep (variables
 * and literals alike): years from `LIMITS.dateYearMin` to `LIMITS.dateYearMax`. The scalars alone
 * take year 0000 (which PostgreSQL refuses, failing the statement), 0001 or 9999 (which it stores,
 * and no one means).
 */
const DATE_SCALARS = new Set(['LocalDate', 'DateTimeISO']);

function yearOutOfRange(text: string): boolean {
  const year = /^([+-]?\d{4,6})-/.exec(text)?.[1];
  return year !== undefined && (Number(year) < LIMITS.dateYearMin || Number(year) > LIMITS.dateYearMax);
}

const refusal = (path: string[]) =>
  new GraphQLError(
    `Ngày phải trong khoảng năm ${LIMITS.dateYearMin}–${LIMITS.dateYearMax}. / Dates must fall within the years ${LIMITS.dateYearMin}–${LIMITS.dateYearMax}.`,
    { extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } } },
  );

/** The first out-of-range date in a variable's value (its depth is already bounded by input.ts). */
function inValue(value: unknown, type: GraphQLInputType, path: string[]): GraphQLError | null {
  if (value == null) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const found = inValue(item, inner.ofType, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner) && typeof value === 'object') {
    for (const [name, field] of Object.entries(inner.getFields())) {
      const found = inValue((value as Record<string, unknown>)[name], field.type, [...path, name]);
      if (found) return found;
    }
    return null;
  }
  return isScalarType(inner) && DATE_SCALARS.has(inner.name) && typeof value === 'string' && yearOutOfRange(value) ? refusal(path) : null;
}

export function dateRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined | null,
): GraphQLError | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    const found = type && inValue(variables?.[name], type, [name]);
    if (found) return found;
  }
  let found: GraphQLError | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        const type = typeInfo.getInputType();
        const named = type && getNamedType(type);
        if (!found && named && DATE_SCALARS.has(named.name) && yearOutOfRange(node.value)) found = refusal([]);
      },
    }),
  );
  return found;
}
