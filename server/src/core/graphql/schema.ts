import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { resolvers } from '../../modules/resolvers.js';

/** Builds the executable schema. Validation runs class-validator on every input. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    // Required by type-graphql; our subscriptions bring their own streams (core/live), fed by LISTEN/NOTIFY.
    pubSub: createPubSub(),
  });
}

/** The SDL committed as `schema.graphql`, sorted so diffs stay readable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
