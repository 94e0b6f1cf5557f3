import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isInterfaceType, isObjectType, isInputObjectType, isEnumType } from 'graphql';
import { createSchema, printSortedSchema } from './schema.js';
import { schemaFile } from './schema-file.js';

describe('schema.graphql', () => {
  it('is the committed copy of the schema the server serves (run `pnpm schema` after API changes)', async () => {
    const sdl = printSortedSchema(await createSchema());
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(sdl);
  });

  it('describes every type, field and argument', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description && !['first', 'after', 'last', 'before'].includes(arg.name)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    expect(missing).toEqual([]);
  });
});
