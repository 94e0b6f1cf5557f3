import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '../core/graphql/global-id.js';

/**
 * Inputs generated from the schema for the bad-input corpus: every String field (however deep,
 * optional ones too) gets the bad text, dates get the bad date, other fields plausible values
 * (IDs of records that do not exist, the first enum value, 1, false).
 */
export interface BadValues {
  text: string;
  date: string;
  dateTime: string;
}

export const PLAIN: BadValues = { text: 'Giá trị thử', date: '2024-05-01', dateTime: '2024-05-01T08:00:00Z' };

/** The bad cases, each a set of values; `dates` cases only matter where an input has a date. */
export const BAD_CASES: { name: string; values: BadValues; dates?: true }[] = [
  { name: 'NUL', values: { ...PLAIN, text: 'Tên\u0000thử' } },
  { name: 'lone surrogate', values: { ...PLAIN, text: 'Tên \ud800 thử' } },
  { name: 'zero-width only', values: { ...PLAIN, text: '\u200b\u200c\u2060\ufeff' } },
  { name: 'control only', values: { ...PLAIN, text: '\u0001\u0007\u001f' } },
  { name: 'year 0000', values: { ...PLAIN, date: '0000-01-01', dateTime: '0000-01-01T00:00:00Z' }, dates: true },
  { name: 'year 0001', values: { ...PLAIN, date: '0001-01-01', dateTime: '0001-01-01T00:00:00Z' }, dates: true },
  { name: 'year 9999', values: { ...PLAIN, date: '9999-12-31', dateTime: '9999-12-31T23:59:59Z' }, dates: true },
];

/** Optional input objects are filled this deep (filters refer to themselves). */
const MAX_DEPTH = 3;

function valueFor(type: GraphQLInputType, values: BadValues, depth: number): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [valueFor(inner.ofType, values, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || depth < MAX_DEPTH) object[field.name] = valueFor(field.type, values, depth + 1);
    }
    return object;
  }
  if (!isScalarType(inner)) return null;
  switch (inner.name) {
    case 'String':
      return values.text;
    case 'ID':
      return toGlobalId('Unit', randomUUID());
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return values.date;
    case 'DateTimeISO':
      return values.dateTime;
    case 'JSON':
      return { note: values.text };
    default:
      return values.text;
  }
}

export function argumentsFor(args: readonly GraphQLArgument[], values: BadValues): Record<string, unknown> {
  return Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, values, 0)]));
}

/** Whether a type holds text or a date anywhere (what the corpus can make bad). */
export function holds(type: GraphQLInputType, names: readonly string[], seen = new Set<string>()): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return holds(inner.ofType, names, seen);
  if (isScalarType(inner)) return names.includes(inner.name);
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => holds(field.type, names, seen));
}

/** `mutation($a: T!, …) { name(a: $a, …) { __typename } }` for a field of the schema's root type. */
export function operationFor(schema: GraphQLSchema, kind: 'query' | 'mutation', name: string, selection = '{ __typename }'): string {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[name]!;
  if (isLeafType(getNamedType(field.type))) selection = '';
  const vars = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${name}${args ? `(${args})` : ''} ${selection} }`;
}
