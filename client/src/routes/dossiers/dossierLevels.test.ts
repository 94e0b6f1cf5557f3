import { describe, expect, it } from 'vitest';
import { aggregateProblems } from './AggregateButton';
import { dossierRoute, isOverdue, moveOf } from './dossierLevels';
import { dossiersFilter } from './dossiersFilter';

describe('dossier route and moves', () => {
  it('lists the levels from the one that made the dossier', () => {
    expect(dossierRoute({ originLevel: 'UNIT', receiverLevel: 'BLOC' })).toEqual(['UNIT', 'BLOC', 'BOARD', 'COUNCIL', 'AUTHORITY']);
    expect(dossierRoute({ originLevel: 'UNIT', receiverLevel: 'BOARD' })).toEqual(['UNIT', 'BOARD', 'COUNCIL', 'AUTHORITY']);
    expect(dossierRoute({ originLevel: 'BLOC', receiverLevel: 'BOARD' })).toEqual(['BLOC', 'BOARD', 'COUNCIL', 'AUTHORITY']);
  });

  it('reads a move from an event, and only status or level changes are moves', () => {
    expect(
      moveOf([
        { field: 'status', before: 'DRAFT', after: 'SUBMITTED' },
        { field: 'currentLevel', before: 'UNIT', after: 'BLOC' },
      ]),
    ).toEqual({
      statusBefore: 'DRAFT',
      statusAfter: 'SUBMITTED',
      levelBefore: 'UNIT',
      levelAfter: 'BLOC',
    });
    expect(moveOf([{ field: 'title', before: 'a', after: 'b' }])).toBeNull();
  });

  it('marks a past due date as overdue', () => {
    expect(isOverdue('2024-01-01', '2024-01-02')).toBe(true);
    expect(isOverdue('2024-01-02', '2024-01-02')).toBe(false);
    expect(isOverdue(null)).toBe(false);
  });

  it('reads status, year and kind from the URL, ignoring unknown values', () => {
    const get = (v: Record<string, string>) => (k: string) => v[k];
    expect(dossiersFilter(get({ status: 'RECEIVED', year: '2024', kind: 'MERIT' }))).toEqual({
      status: { eq: 'RECEIVED' },
      year: { eq: 2024 },
      kind: { eq: 'MERIT' },
    });
    expect(dossiersFilter(get({ status: 'LOST', kind: 'X' }))).toEqual({});
  });

  it('names the dossier each aggregation refusal is about', () => {
    const errors = [{ field: ['ids', '1'], code: 'NOT_RECEIVED', message: 'Hồ sơ chưa ở trạng thái đã tiếp nhận.' }];
    expect(aggregateProblems(errors, [{ code: 'HS-1' }, { code: 'HS-2' }], 'vi')[0]).toMatch(/^HS-2: /);
  });
});
