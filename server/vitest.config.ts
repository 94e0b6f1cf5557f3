import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for our code and the libraries (type-graphql, Apollo) that require() it;
    // otherwise vite picks graphql's .mjs build and GraphQL objects cross "realms".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    // Before any decorator runs, as main.ts does: a test may import a feature's index.ts (its
    // resolvers) before anything that imports reflect-metadata itself.
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
