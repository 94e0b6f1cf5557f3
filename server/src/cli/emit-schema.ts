/** Writes the schema the server serves to `schema.graphql` at the repository root. */
import fs from 'node:fs';
import { createSchema, printSortedSchema } from '../core/graphql/schema.js';
import { schemaFile } from '../core/graphql/schema-file.js';

const sdl = printSortedSchema(await createSchema());
fs.writeFileSync(schemaFile, sdl);
console.log(`Wrote ${schemaFile}`);
