import { describe, expect, it, vi } from 'vitest';
import { intParam, listSort } from './listSort';

function fakeList(params: Record<string, string>) {
  return { get: (key: string) => params[key], update: vi.fn() } as never as Parameters<typeof listSort>[0] & { update: ReturnType<typeof vi.fn> };
}

describe('list sorting held in the URL', () => {
  it('falls back to the default order and ignores unknown fields', () => {
    expect(listSort(fakeList({}), ['YEAR', 'AWARD_RANK'], { field: 'YEAR', dir: 'DESC' }).orderBy).toEqual([{ field: 'YEAR', direction: 'DESC' }]);
    expect(listSort(fakeList({ sort: 'DROP TABLE' }), ['YEAR'], { field: 'YEAR', dir: 'DESC' }).field).toBe('YEAR');
    expect(listSort(fakeList({ sort: 'AWARD_RANK' }), ['YEAR', 'AWARD_RANK'], { field: 'YEAR', dir: 'DESC' }).orderBy).toEqual([
      { field: 'AWARD_RANK', direction: 'ASC' },
    ]);
  });

  it('sorts by a column on a click and reverses on a second click', () => {
    const list = fakeList({ sort: 'NAME', dir: 'ASC' });
    const sort = listSort(list, ['NAME', 'CODE'], { field: 'NAME', dir: 'ASC' });
    expect(sort.column('NAME').sortOrder).toBe('ascend');
    expect(sort.column('CODE').sortOrder).toBeNull();
    sort.column('NAME').onHeaderCell().onClick();
    expect(list.update).toHaveBeenLastCalledWith({ sort: 'NAME', dir: 'DESC' });
    sort.column('CODE').onHeaderCell().onClick();
    expect(list.update).toHaveBeenLastCalledWith({ sort: 'CODE', dir: 'ASC' });
  });

  it('reads whole numbers only', () => {
    expect(intParam('2023')).toBe(2023);
    expect(intParam('20.5')).toBeUndefined();
    expect(intParam(undefined)).toBeUndefined();
  });
});
