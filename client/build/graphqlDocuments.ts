import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(\`…\`)` call with its document from src/gql/graphql.ts, written in place.
 * Without it every page loads every document of the app (gql.ts maps all of them for `graphql()`,
 * and graphql.ts is one module, so one chunk). Each call of the code base is a plain template.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const generated = path.join(gqlDir, 'graphql.ts');
  let documents = new Map<string, string>();
  const load = () => {
    const lines = fs.readFileSync(generated, 'utf8').matchAll(/^export const (\w+?)(Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm);
    documents = new Map([...lines].map(([, name, suffix, json]) => [key(name, suffix), json]));
  };
  return {
    name: 'thidua-graphql-documents',
    // In dev, codegen rewrites graphql.ts while the server runs: graphql() looks documents up there.
    apply: 'build',
    enforce: 'pre',
    buildStart: load,
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || file.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      let changed = false;
      const out = code.replace(/\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g, (call, source: string) => {
        const [first] = parse(source).definitions;
        if (!first || !('name' in first) || !first.name) return call;
        const json = documents.get(key(first.name.value, first.kind === 'FragmentDefinition' ? 'FragmentDoc' : 'Document'));
        if (!json) return call; // not generated yet: graphql() still finds it
        changed = true;
        // Typed as the call was: TypeScript is stripped after this plugin, the types were checked before.
        return `(${json} as unknown as ReturnType<typeof graphql>)`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/** Codegen capitalises each part of a name (`Units_page` → `Units_Page`): compare without case and underscores. */
function key(name: string, suffix: string): string {
  return `${name.replace(/_/g, '').toLowerCase()}:${suffix}`;
}
