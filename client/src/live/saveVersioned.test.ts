import { describe, expect, it, vi } from 'vitest';
import { changedFields, type ConflictLike, type Draft, type Input } from './conflicts';
import { deleteVersioned, saveVersioned, type ConflictAnswers, type VersionedPayload } from './saveVersioned';

const draft: Draft = {
  version: 3,
  base: { name: 'Hội Doanh nhân trẻ', area: 'Hải Phòng', note: null, kind: 'ASSOCIATION' },
  current: { name: 'Hội Doanh nhân trẻ Hải Phòng', area: 'Thủy Nguyên', note: 'Đổi tên theo Đại hội', kind: 'ASSOCIATION' },
};

const edited = (currentVersion: number, fields: ConflictLike['fields']): ConflictLike => ({
  kind: 'EDITED',
  currentVersion,
  changedBy: ['Trần Thị Bình (can_bo_khoi)'],
  fields,
});
const ok: VersionedPayload = { userErrors: [], conflict: null };
const refusedFor = (conflict: ConflictLike): VersionedPayload => ({ userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT' }], conflict });

function answering(
  ...choices: (Record<string, 'mine' | 'theirs'> | null)[]
): ConflictAnswers & { merge: ReturnType<typeof vi.fn>; deleted: ReturnType<typeof vi.fn> } {
  return { merge: vi.fn(async () => choices.shift() ?? null), deleted: vi.fn(async () => undefined) };
}

describe('what an edit sends', () => {
  it('only the fields that differ from what the form opened with', () => {
    expect(changedFields({ a: 'x', b: null, c: ['1', '2'], d: 1 }, { a: 'x', b: 'y', c: ['1', '2'], d: 2 })).toEqual({ b: 'y', d: 2 });
    expect(changedFields({ c: ['1', '2'] }, { c: ['2', '1'] })).toEqual({ c: ['2', '1'] });
  });
});

describe('saving against a version', () => {
  it('sends the changed fields with the version the form opened', async () => {
    const send = vi.fn(async (_input: Input) => ok);
    const outcome = await saveVersioned(draft, send, answering());
    expect(send).toHaveBeenCalledWith({ name: 'Hội Doanh nhân trẻ Hải Phòng', area: 'Thủy Nguyên', note: 'Đổi tên theo Đại hội', expectedVersion: 3 });
    expect(outcome.status).toBe('saved');
  });

  it('after the merge dialog sends again at the current version: fields kept as mine, not those kept as theirs, and the other changes', async () => {
    const conflict = edited(5, [
      { field: 'name', base: 'Hội Doanh nhân trẻ', theirs: 'Hội DN trẻ', yours: 'Hội Doanh nhân trẻ Hải Phòng' },
      { field: 'area', base: 'Hải Phòng', theirs: 'Kiến An', yours: 'Thủy Nguyên' },
    ]);
    const send = vi.fn(async (_input: Input): Promise<VersionedPayload> => ok).mockResolvedValueOnce(refusedFor(conflict));
    const answers = answering({ name: 'mine', area: 'theirs' });
    const shown: unknown[] = [];
    const outcome = await saveVersioned(draft, send, answers, (values) => shown.push(values));

    expect(answers.merge).toHaveBeenCalledWith(conflict);
    expect(send).toHaveBeenLastCalledWith({ name: 'Hội Doanh nhân trẻ Hải Phòng', note: 'Đổi tên theo Đại hội', expectedVersion: 5 });
    // The form shows their area from now on.
    expect(shown).toEqual([{ area: 'Kiến An' }]);
    expect(outcome).toMatchObject({ status: 'saved', draft: { version: 5, current: { area: 'Kiến An' } } });
  });

  it('asks again when someone else got in first a second time', async () => {
    const first = edited(5, [{ field: 'name', base: 'Hội Doanh nhân trẻ', theirs: 'Hội DN trẻ', yours: 'Hội Doanh nhân trẻ Hải Phòng' }]);
    const second = edited(6, [{ field: 'name', base: 'Hội DN trẻ', theirs: 'Hội DNT', yours: 'Hội Doanh nhân trẻ Hải Phòng' }]);
    const send = vi
      .fn(async (_input: Input): Promise<VersionedPayload> => ok)
      .mockResolvedValueOnce(refusedFor(first))
      .mockResolvedValueOnce(refusedFor(second));
    const answers = answering({ name: 'mine' }, { name: 'mine' });
    const outcome = await saveVersioned(draft, send, answers);
    expect(answers.merge).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.map(([input]) => input.expectedVersion)).toEqual([3, 5, 6]);
    expect(outcome.status).toBe('saved');
  });

  it('keeping theirs for every conflicting field still saves the user’s other changes', async () => {
    const conflict = edited(5, [{ field: 'name', base: 'Hội Doanh nhân trẻ', theirs: 'Hội DN trẻ', yours: 'Hội Doanh nhân trẻ Hải Phòng' }]);
    const send = vi.fn(async (_input: Input): Promise<VersionedPayload> => ok).mockResolvedValueOnce(refusedFor(conflict));
    await saveVersioned(draft, send, answering({ name: 'theirs' }));
    expect(send).toHaveBeenLastCalledWith({ area: 'Thủy Nguyên', note: 'Đổi tên theo Đại hội', expectedVersion: 5 });
  });

  it('stops, sending nothing more, when the user goes back to the form', async () => {
    const conflict = edited(5, [{ field: 'name', base: 'a', theirs: 'b', yours: 'c' }]);
    const send = vi.fn(async (_input: Input) => refusedFor(conflict));
    const outcome = await saveVersioned(draft, send, answering(null));
    expect(send).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ status: 'cancelled', draft: { version: 3 } });
  });

  it('shows what the user typed when the record was deleted meanwhile', async () => {
    const conflict: ConflictLike = { kind: 'DELETED', currentVersion: null, changedBy: ['Lê Văn Cường'], fields: [] };
    const answers = answering();
    const outcome = await saveVersioned(draft, async () => refusedFor(conflict), answers);
    expect(answers.deleted).toHaveBeenCalledWith(conflict, draft.current);
    expect(outcome.status).toBe('deleted');
  });
});

describe('deleting against a version', () => {
  const changed: ConflictLike = {
    kind: 'EDITED_BEFORE_DELETE',
    currentVersion: 7,
    changedBy: ['Trần Thị Bình'],
    fields: [{ field: 'title', base: 'A', theirs: 'B', yours: null }],
  };

  it('deletes the current version once the user confirmed after seeing what changed', async () => {
    const send = vi.fn(async (_version: number): Promise<VersionedPayload> => ok).mockResolvedValueOnce(refusedFor(changed));
    const confirm = vi.fn(async () => true);
    const outcome = await deleteVersioned(4, send, confirm);
    expect(confirm).toHaveBeenCalledWith(changed);
    expect(send.mock.calls.map(([version]) => version)).toEqual([4, 7]);
    expect(outcome.status).toBe('deleted');
  });

  it('keeps the record when the user says so', async () => {
    const send = vi.fn(async (_version: number) => refusedFor(changed));
    expect((await deleteVersioned(4, send, async () => false)).status).toBe('cancelled');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('is done when someone else deleted it first', async () => {
    const gone: ConflictLike = { kind: 'DELETED', currentVersion: null, changedBy: ['Lê Văn Cường'], fields: [] };
    expect(
      await deleteVersioned(
        4,
        async () => refusedFor(gone),
        async () => true,
      ),
    ).toEqual({ status: 'gone', conflict: gone });
  });
});
