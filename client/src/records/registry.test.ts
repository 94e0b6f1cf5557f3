import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, visit, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AuditRecordsDocument, NodeLabelsDocument, RecordNamesDocument } from '../gql/graphql';
import possibleTypes from '../gql/possible-types';
import { recordEntries, recordEntry, RECORD_REGISTRY } from './registry';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../../schema.graphql'), 'utf8'));
const router = readFileSync(resolve(import.meta.dirname, '../app/router.tsx'), 'utf8');
const nodeTypes = possibleTypes.possibleTypes.Node;
const versioned = new Set<string>(possibleTypes.possibleTypes.Versioned);

/** The types a query's inline fragments select fields of (`... on Unit { name }`). */
function typesSelected(document: DocumentNode): Set<string> {
  const types = new Set<string>();
  visit(document, { InlineFragment: (fragment) => void (fragment.typeCondition && types.add(fragment.typeCondition.name.value)) });
  return types;
}

describe('the record-type registry', () => {
  it('has an entry for every Node implementation of the schema, and no entry for a type that does not exist', () => {
    const registered = Object.keys(RECORD_REGISTRY).sort();
    expect(nodeTypes.filter((type) => !registered.includes(type))).toEqual([]);
    expect(registered.filter((type) => !(nodeTypes as readonly string[]).includes(type))).toEqual([]);
  });

  it('marks as logged exactly the versioned records (every one but the change events themselves)', () => {
    expect(recordEntries().filter(([type, entry]) => entry.logged !== versioned.has(type))).toEqual([]);
  });

  it('labels every type in both languages, one and several', () => {
    for (const [type, entry] of recordEntries()) {
      const texts = [entry.label.vi, entry.label.en, entry.plural.vi, entry.plural.en];
      expect(
        texts.every((text) => text.trim() !== ''),
        type,
      ).toBe(true);
    }
  });

  it('refetches only root fields the schema has', () => {
    const query = schema.getQueryType()!.getFields();
    const unknown = recordEntries().flatMap(([type, entry]) => (entry.listFields ?? []).filter((field) => !query[field]).map((field) => `${type}.${field}`));
    expect(unknown).toEqual([]);
  });

  it('links to pages the router serves, each with its record route', () => {
    const missing = recordEntries().flatMap(([type, entry]) => {
      if (!entry.page) return [];
      const path = entry.page.slice(1);
      return [`'${path}'`, `'${path}/:id'`].filter((route) => !router.includes(`path: ${route}`)).map((route) => `${type} ${route}`);
    });
    expect(missing).toEqual([]);
  });

  it('names history fields and vocabularies of its own types only', () => {
    expect(recordEntry('Unit')?.historyFields?.parentId?.vi).toBe('Đơn vị cấp trên');
    expect(recordEntry('NotAType')).toBeUndefined();
    expect(recordEntry('toString')).toBeUndefined();
  });

  it('names a type only where the name queries select its fields', () => {
    const named = typesSelected(RecordNamesDocument);
    const picked = typesSelected(NodeLabelsDocument);
    expect(
      recordEntries()
        .filter(([type, entry]) => Boolean(entry.name) !== named.has(type))
        .map(([type]) => type),
    ).toEqual([]);
    expect(
      recordEntries()
        .filter(([type, entry]) => Boolean(entry.pickerLabel) !== picked.has(type))
        .map(([type]) => type),
    ).toEqual([]);
  });

  it('lets the audit page describe every logged type (comments read in their own panel)', () => {
    const described = typesSelected(AuditRecordsDocument);
    expect(
      recordEntries()
        .filter(([type, entry]) => entry.logged && type !== 'Comment' && !described.has(type))
        .map(([type]) => type),
    ).toEqual([]);
  });

  it('reads names as the pages do', () => {
    expect(RECORD_REGISTRY.Decision.name?.({ id: 'd', number: '12/QĐ-UBND', subject: 'Khen thưởng' })).toBe('12/QĐ-UBND – Khen thưởng');
    expect(RECORD_REGISTRY.Decision.name?.({ id: 'd', number: null, subject: 'Khen thưởng' })).toBe('Khen thưởng');
    expect(RECORD_REGISTRY.Decision.pickerLabel?.({ id: 'd', number: null, issuer: 'UBND', subject: 'Khen' })).toBe('(không số) – UBND: Khen');
    expect(RECORD_REGISTRY.Unit.pickerLabel?.({ id: 'u', name: 'Hội Nông dân', area: 'Hải Phòng' })).toBe('Hội Nông dân (Hải Phòng)');
    expect(RECORD_REGISTRY.Unit.pickerLabel?.({ id: 'u', name: 'Hội Nông dân', area: null })).toBe('Hội Nông dân');
    expect(RECORD_REGISTRY.User.name?.({ id: 'x', displayName: 'Nguyễn Văn An' })).toBe('Nguyễn Văn An');
  });
});
