import { fileURLToPath } from 'node:url';

/** The committed SDL; client codegen reads it. */
export const schemaFile = fileURLToPath(new URL('../../../../schema.graphql', import.meta.url));
