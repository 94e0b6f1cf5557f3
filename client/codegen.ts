import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed schema (never a running server). */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    // Which types implement Node, Versioned and the unions, for Apollo's cache (fragments on interfaces).
    './src/gql/possible-types.ts': { plugins: ['fragment-matcher'], config: { apolloClientVersion: 3, useExplicitTyping: true } },
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', LocalDate: 'string' } },
    },
  },
};

export default config;
