import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { auditFilter, clearedAuditFilters, dateRangePatch, dayParam, hasAuditFilter } from './auditFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];

describe('audit filters in the URL', () => {
  it('turns who, what, when and request into the API filter', () => {
    const filter = auditFilter(
      params({
        actorKind: 'USER',
        actorName: ' Nguyễn ',
        actorId: 'VXNlcjox',
        type: 'Unit',
        entityId: 'VW5pdDox',
        action: 'UPDATE',
        from: '2024-03-01',
        to: '2024-03-31',
        request: 'req-42',
      }),
    );
    expect(filter).toEqual({
      actorKind: { eq: 'USER' },
      actorName: { contains: 'Nguyễn' },
      actorId: { eq: 'VXNlcjox' },
      entityType: { eq: 'Unit' },
      entityId: { eq: 'VW5pdDox' },
      action: { eq: 'UPDATE' },
      // Local days, both included: from midnight of the first to midnight after the last.
      occurredAt: { gte: dayjs('2024-03-01').startOf('day').toISOString(), lt: dayjs('2024-04-01').startOf('day').toISOString() },
      requestId: { eq: 'req-42' },
    });
  });

  it('takes an open-ended date range', () => {
    expect(auditFilter(params({ from: '2024-03-01' }))).toEqual({ occurredAt: { gte: dayjs('2024-03-01').toISOString() } });
    expect(auditFilter(params({ to: '2024-12-31' }))).toEqual({ occurredAt: { lt: dayjs('2025-01-01').toISOString() } });
  });

  it('leaves out what cannot be right, so a hand-edited link still opens', () => {
    expect(auditFilter(params({ actorKind: 'ROBOT', action: 'ERASE', from: '31/12/2024', to: '2024-02-30', actorName: '   ' }))).toEqual({});
    expect(auditFilter(params({}))).toEqual({});
    expect(dayParam('2024-02-29')?.format('DD/MM/YYYY')).toBe('29/02/2024');
    expect(dayParam('2023-02-29')).toBeUndefined();
  });

  it('writes a picked range as days and clears every filter at once', () => {
    expect(dateRangePatch([dayjs('2024-03-01T15:00'), dayjs('2024-03-31')])).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    expect(dateRangePatch([dayjs('2024-03-01'), null])).toEqual({ from: '2024-03-01', to: null });
    expect(dateRangePatch(null)).toEqual({ from: null, to: null });
    expect(clearedAuditFilters()).toEqual({
      actorKind: null,
      actorName: null,
      actorId: null,
      type: null,
      entityId: null,
      action: null,
      from: null,
      to: null,
      request: null,
    });
    expect(hasAuditFilter(params({ size: '50' }))).toBe(false);
    expect(hasAuditFilter(params({ request: 'x' }))).toBe(true);
  });
});
