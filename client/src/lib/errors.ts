import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';

/**
 * A failed request (GraphQL error, HTTP or network failure) as a sentence a user reads. The
 * mutations' own user errors are in userErrors.ts (loaded with the forms, not the first screen).
 */
export function describeError(error: unknown, language: Language): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (code === 'NOT_FOUND') return messages.notFound[language];
    if (code === 'INTERNAL_SERVER_ERROR') return messages.serverError[language];
    if (code === 'FORBIDDEN') return messages.forbidden[language];
    if (code === 'UNAUTHENTICATED') return messages.unauthenticated[language];
    if (code === 'BAD_USER_INPUT') return language === 'vi' && first?.message ? first.message : messages.invalidInput[language];
    return first?.message ?? messages.serverError[language];
  }
  if (ServerError.is(error) && error.statusCode === 401) return messages.unauthenticated[language];
  if (ServerError.is(error) || ServerParseError.is(error)) return messages.serverError[language];
  return messages.networkError[language];
}
