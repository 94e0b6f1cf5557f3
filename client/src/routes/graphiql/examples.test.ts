import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, valueFromASTUntyped } from 'graphql';
import schemaSdl from '../../../../schema.graphql?raw';
import { EXAMPLES, exampleVariables, isDisposable } from './examples';

const schema = buildSchema(schemaSdl);

describe('GraphiQL example queries', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s is valid against the committed schema', (_, example) => {
    const document = parse(example.query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    // Every variable the operation declares has a value, and no value is left over.
    const declared = document.definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value) : [],
    );
    expect(Object.keys(example.variables ?? {}).sort()).toEqual(declared.sort());
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s runs as shown, with an empty variables editor', (_, example) => {
    // Each variable defaults to its example value, so the document needs no variables at all.
    const operation = parse(example.query).definitions.find((d) => d.kind === 'OperationDefinition');
    const defaults = Object.fromEntries(
      (operation?.kind === 'OperationDefinition' ? (operation.variableDefinitions ?? []) : []).map((v) => [
        v.variable.name.value,
        v.defaultValue && valueFromASTUntyped(v.defaultValue),
      ]),
    );
    expect(defaults).toEqual(example.variables ?? {});
  });

  it('have unique ids, Vietnamese and English titles, and variables as editor text', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.title.vi && e.title.en && e.description.vi && e.description.en).toBeTruthy();
    expect(exampleVariables(EXAMPLES.find((e) => e.id === 'awards-2022')!)).toBe('{\n  "year": 2022\n}');
    expect(exampleVariables({ ...EXAMPLES[0]!, variables: undefined })).toBe('');
  });

  it('replaces the editor content only when it holds no work of the user', () => {
    expect(isDisposable('  ', '# default')).toBe(true);
    expect(isDisposable('# default\n', '# default')).toBe(true);
    expect(isDisposable(EXAMPLES[1]!.query, '# default')).toBe(true);
    expect(isDisposable('{ units { totalCount } }', '# default')).toBe(false);
  });
});
