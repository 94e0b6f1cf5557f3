import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: null, port: 4000, seedDemo: true, production: false });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO', 'NODE_ENV']) expect(problems).toContain(name);
  });

  it('reads the query limits, with defaults', () => {
    expect(loadConfig({})).toMatchObject({ maxQueryCost: 50_000, maxQueryDepth: 12, maxQueryAliases: 30 });
    expect(loadConfig({ MAX_QUERY_COST: '1000', MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5' })).toMatchObject({
      maxQueryCost: 1000,
      maxQueryDepth: 8,
      maxQueryAliases: 5,
    });
    expect(() => loadConfig({ MAX_QUERY_COST: '0', MAX_QUERY_DEPTH: 'deep' })).toThrow(/MAX_QUERY_COST[\s\S]*MAX_QUERY_DEPTH/);
  });

  it('reads a database URL, port and production mode', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x', PORT: '8080', NODE_ENV: 'production' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@127.0.0.1:5432/x', port: 8080, production: true, queryStats: false });
  });
});
