import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** graphql-js appends `Did you mean "x" or "y"?` to validation and coercion errors: names from the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export const withoutSuggestions = (message: string) => message.replace(SUGGESTION, '');

/**
 * In production, anonymous callers see no schema names in error suggestions (they cannot
 * introspect either, see limits.plugin.ts); signed-in officers and tokens keep them.
 */
export function noSuggestionsForAnonymous(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (contextValue.actor.kind !== 'ANONYMOUS' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = result.errors.map((error) => ({ ...error, message: withoutSuggestions(error.message) }));
        },
      };
    },
  };
}
