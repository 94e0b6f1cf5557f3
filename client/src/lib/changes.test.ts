import { describe, expect, it } from 'vitest';
import { formatChangeValue, referencedIds, typeOfGlobalId } from './changes';

describe('event log values', () => {
  it('reads values the way the rest of the app writes them', () => {
    expect(formatChangeValue(null, 'vi')).toBe('—');
    expect(formatChangeValue('2023-03-01', 'vi')).toBe('01/03/2023');
    expect(formatChangeValue(true, 'vi')).toBe('Có');
    expect(formatChangeValue(false, 'en')).toBe('No');
    expect(formatChangeValue(['a', 'b'], 'vi')).toBe('a, b');
    expect(formatChangeValue([], 'vi')).toBe('—');
    expect(formatChangeValue(2.5, 'vi')).toBe('2.5');
  });

  it('shows referenced records by name once known', () => {
    const changes = [
      { field: 'parentId', before: null, after: 'VW5pdDox' },
      { field: 'movementIds', before: ['TW92ZW1lbnQ6MQ'], after: ['TW92ZW1lbnQ6MQ', 'TW92ZW1lbnQ6Mg'] },
      { field: 'name', before: 'VW5pdDox', after: 'x' },
    ];
    expect(referencedIds(changes)).toEqual(['VW5pdDox', 'TW92ZW1lbnQ6MQ', 'TW92ZW1lbnQ6Mg']);
    const names = new Map([['VW5pdDox', 'Hội Nông dân']]);
    expect(formatChangeValue('VW5pdDox', 'vi', names)).toBe('Hội Nông dân');
    expect(formatChangeValue(['VW5pdDox', 'other'], 'vi', names)).toBe('Hội Nông dân, other');
  });
});

describe('global IDs', () => {
  it('names the type of a record that no longer exists', () => {
    expect(typeOfGlobalId(btoa('Unit:8d1c1c55-5b3e-4f55-9d0f-9c8c6a8b1a10').replace(/=+$/, ''))).toBe('Unit');
    expect(typeOfGlobalId('???')).toBeNull();
  });
});
