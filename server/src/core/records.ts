import type { Feature, RecordType } from './feature.js';

/**
 * The record types of the server, by GraphQL type name, as the features declare them
 * (`modules/features.ts` registers them as it loads; every data source loads it). Asking before
 * that throws, so a missing registration can never read as "no scope, every row visible".
 */
let registry: ReadonlyMap<string, RecordType> | null = null;

export function registerRecordTypes(features: readonly Feature[]): void {
  const types = new Map<string, RecordType>();
  for (const feature of features) {
    for (const record of feature.records) {
      if (types.has(record.entity.name)) throw new Error(`Record type ${record.entity.name} is declared twice.`);
      types.set(record.entity.name, record);
    }
  }
  registry = types;
}

export function recordTypes(): ReadonlyMap<string, RecordType> {
  if (!registry) throw new Error('The record types are not registered yet (import modules/features.ts).');
  return registry;
}

/** The record type named `type`, or undefined when it is no record type (a table, or unknown). */
export function recordType(type: string): RecordType | undefined {
  return recordTypes().get(type);
}
