import type { Label } from '@thidua/shared';
import { recordEntries } from '../../records/registry';

/** The record types the event log names (GraphQL type names), labelled for the audit filter (records/registry.ts). */
export const RECORD_TYPES: Record<string, Label> = Object.fromEntries(recordEntries().flatMap(([type, entry]) => (entry.logged ? [[type, entry.label]] : [])));
