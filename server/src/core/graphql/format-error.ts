import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../errors.js';
import { toUserErrors } from '../validation.js';

/**
 * The one place errors become what clients see: our typed errors keep their code and message;
 * input validation becomes BAD_USER_INPUT with field errors; anything unexpected is logged and
 * answered as INTERNAL_SERVER_ERROR without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    return {
      ...formatted,
      message: 'Dữ liệu nhập không hợp lệ. / Invalid input.',
      extensions: { code: 'BAD_USER_INPUT', userErrors: toUserErrors(original.extensions.validationErrors) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // Apollo's own refusals of a request before it runs (an APQ hash that does not match its query,
  // an unsupported APQ version) carry a 4xx status and no code.
  // graphql-js gives up on variables after 50 coercion errors with an error of no code.
  if (original instanceof GraphQLError && original.message.startsWith('Too many errors processing variables')) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQLError && original.extensions.code === undefined) {
    const status = (original.extensions.http as { status?: number } | undefined)?.status;
    if (status && status >= 400 && status < 500) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  console.error('Unexpected error:', original);
  return {
    message: 'Lỗi máy chủ, vui lòng thử lại. / Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
