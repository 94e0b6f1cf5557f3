import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { LIMITS } from '@thidua/shared';

/**
 * Text and shape every argument must have before anything runs, over HTTP and WebSocket alike
 * (called by `checkOperation`): no NUL character (PostgreSQL refuses it in text, which would
 * fail deep inside a statement) and no lone UTF-16 surrogate (not text: it cannot be stored or
 * encoded) in any string — variables, JSON scalars and their keys, and string literals of the
 * document —, and variables nested no deeper than `LIMITS.inputDepthMax` (coercion and the list
 * engine recurse over them).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const badText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function refusal(message: string, path: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } } });
}

const textRefusal = (path: string[]) =>
  refusal('Dữ liệu nhập có ký tự không hợp lệ (NUL hoặc UTF-16 lẻ). / Input contains a NUL character or a lone surrogate.', path);
const depthRefusal = (path: string[]) =>
  refusal(`Dữ liệu nhập lồng quá sâu (tối đa ${LIMITS.inputDepthMax} cấp). / Input nested deeper than ${LIMITS.inputDepthMax} levels.`, path);

/** The first problem of a value (depth-first, iterative so that no nesting overflows the stack). */
function valueRefusal(root: unknown, rootPath: string[]): GraphQLError | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: rootPath }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (badText(value)) return textRefusal(path);
    } else if (value !== null && typeof value === 'object') {
      if (path.length - rootPath.length >= LIMITS.inputDepthMax) return depthRefusal(path);
      for (const [key, item] of Object.entries(value)) {
        if (badText(key)) return textRefusal(path);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}

export function inputRefusal(document: DocumentNode, variables: Record<string, unknown> | undefined | null): GraphQLError | null {
  const problem = valueRefusal(variables ?? {}, []);
  if (problem) return problem;
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && badText(node.value)) found = textRefusal([]);
    },
    [Kind.OBJECT]: {
      enter(_node, _key, _parent, _path, ancestors) {
        if (!found && ancestors.length > 4 * LIMITS.inputDepthMax) found = depthRefusal([]);
      },
    },
  });
  return found;
}
