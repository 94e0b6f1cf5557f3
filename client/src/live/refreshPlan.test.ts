import { describe, expect, it } from 'vitest';
import { planRefresh } from './refreshPlan';
import type { LiveEvent } from './types';

const UNIT = 'VW5pdDox';
const PARENT_OLD = 'VW5pdDoy';
const PARENT_NEW = 'VW5pdDoz';
const PERSON = 'UGVyc29uOjE';

const base = { seq: '1', actorName: 'Trần Thị Bình (can_bo_khoi)', requestId: 'web-other' };
const own = (event: LiveEvent) => event.requestId === 'web-mine';

describe('what other people’s changes make stale', () => {
  it('an update: the record, the records it pointed to and points to now, its lists and the audit log', () => {
    const plan = planRefresh(
      [
        {
          ...base,
          entityType: 'Unit',
          entityId: UNIT,
          action: 'UPDATE',
          changes: [
            { field: 'name', before: 'A', after: 'B' },
            { field: 'parentId', before: PARENT_OLD, after: PARENT_NEW },
          ],
        },
      ],
      own,
    );
    expect(plan.records.sort()).toEqual([UNIT, PARENT_OLD, PARENT_NEW].sort());
    expect(plan.rootFields.sort()).toEqual(['changeEvents', 'units']);
    expect(plan.deleted).toEqual([]);
  });

  it('a new affiliation: the person and the unit it links, not a list of affiliations there is none of', () => {
    const plan = planRefresh(
      [
        {
          ...base,
          entityType: 'PersonAffiliation',
          entityId: 'UGVyc29uQWZmaWxpYXRpb246MQ',
          action: 'CREATE',
          changes: [
            { field: 'unitId', after: UNIT },
            { field: 'personId', after: PERSON },
            { field: 'position', after: 'Chủ tịch' },
          ],
        },
      ],
      own,
    );
    expect(plan.records.sort()).toEqual(['UGVyc29uQWZmaWxpYXRpb246MQ', UNIT, PERSON].sort());
    expect(plan.rootFields).toEqual(['changeEvents']);
  });

  it('a deletion: the lists and what the record pointed to, but not the record itself (an open form keeps it)', () => {
    const plan = planRefresh(
      [
        { ...base, entityType: 'Unit', entityId: UNIT, action: 'UPDATE', changes: [{ field: 'name', before: 'A', after: 'B' }] },
        { ...base, seq: '2', entityType: 'Unit', entityId: UNIT, action: 'DELETE', changes: [{ field: 'parentId', before: PARENT_OLD }] },
      ],
      own,
    );
    expect(plan.records).toEqual([PARENT_OLD]);
    expect(plan.deleted).toEqual([UNIT]);
    expect(plan.rootFields.sort()).toEqual(['changeEvents', 'units']);
  });

  it('this tab’s own changes: nothing (the mutation’s answer is in the cache already)', () => {
    const plan = planRefresh(
      [{ ...base, requestId: 'web-mine', entityType: 'Unit', entityId: UNIT, action: 'CREATE', changes: [{ field: 'name', after: 'Mới' }] }],
      own,
    );
    expect(plan).toEqual({ records: [], rootFields: [], deleted: [] });
  });

  it('a comment: only the audit log (the comments panel follows comments itself)', () => {
    const plan = planRefresh(
      [
        {
          ...base,
          entityType: 'Comment',
          entityId: 'Q29tbWVudDox',
          action: 'CREATE',
          changes: [
            { field: 'unitId', after: UNIT },
            { field: 'body', after: 'Đã xem' },
          ],
        },
      ],
      own,
    );
    expect(plan).toEqual({ records: [], rootFields: ['changeEvents'], deleted: [] });
  });
});
