import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HistoryTimelineDocument, RecordNamesDocument } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { viewerOf } from '../test/viewers';
import { HISTORY_PAGE_SIZE, HistoryTimeline } from './HistoryTimeline';

const UNIT = 'VW5pdDpob2ktbnU';
const PARENT = 'VW5pdDpwYXJlbnQ';

function event(
  n: number,
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  changes: { field: string; before: unknown; after: unknown }[],
  actorName = 'Trần Thị Bình (can_bo_don_vi)',
) {
  return {
    __typename: 'ChangeEvent' as const,
    id: `ev${n}`,
    action,
    occurredAt: new Date(2024, 2, n, 14, 5).toISOString(),
    actorKind: 'USER' as const,
    actorName,
    entityType: 'Unit',
    reason: null,
    changes: changes.map((change) => ({ __typename: 'FieldChange' as const, ...change })),
  };
}

const page = (nodes: ReturnType<typeof event>[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    node: {
      __typename: 'Unit',
      id: UNIT,
      history: { __typename: 'ChangeEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor }, nodes },
    },
  },
});

const mocks = [
  {
    request: { query: HistoryTimelineDocument, variables: { id: UNIT, first: HISTORY_PAGE_SIZE } },
    result: page(
      [
        event(20, 'UPDATE', [
          { field: 'shortName', before: 'HNDN', after: 'HNDN Hải Phòng' },
          { field: 'kind', before: 'OTHER', after: 'ASSOCIATION' },
          { field: 'parentId', before: null, after: PARENT },
        ]),
      ],
      true,
      'c1',
    ),
  },
  {
    request: { query: HistoryTimelineDocument, variables: { id: UNIT, first: HISTORY_PAGE_SIZE, after: 'c1' } },
    result: page([event(1, 'CREATE', [{ field: 'name', before: null, after: 'Hội Nữ Doanh nhân Hải Phòng' }], 'Hệ thống (system)')], false, 'c2'),
  },
  {
    request: { query: RecordNamesDocument, variables: { ids: [PARENT] } },
    result: { data: { nodes: [{ __typename: 'Unit', id: PARENT, name: 'Liên hiệp các Hội doanh nghiệp' }] } },
  },
];

describe('history timeline', () => {
  it('shows each change newest first: action tag, time, who, and the fields by name, before → after', async () => {
    renderWithProviders(<HistoryTimeline id={UNIT} />, { mocks });
    const [first] = await screen.findAllByTestId('history-event');
    expect(within(first!).getByTestId('history-action').textContent).toBe('Sửa');
    expect(within(first!).getByTestId('history-time').textContent).toBe('20/03/2024 14:05');
    expect(within(first!).getByTestId('history-actor').textContent).toBe('Trần Thị Bình (can_bo_don_vi)');
    const changes = within(first!).getAllByTestId('history-change');
    expect(changes.map((li) => li.textContent)).toEqual([
      'Tên viết tắt: HNDN → HNDN Hải Phòng',
      'Loại hình: Khác → Hội, hiệp hội',
      expect.stringMatching(/^Đơn vị cấp trên: — → /),
    ]);
    // The parent unit by name once the one names request answers.
    await waitFor(() => expect(changes[2]!.textContent).toBe('Đơn vị cấp trên: — → Liên hiệp các Hội doanh nghiệp'));
  });

  it('reads older changes with "Xem thêm" and appends them', async () => {
    renderWithProviders(<HistoryTimeline id={UNIT} />, { mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(screen.getAllByTestId('history-event')).toHaveLength(2));
    const created = screen.getAllByTestId('history-event')[1]!;
    expect(within(created).getByTestId('history-action').textContent).toBe('Tạo mới');
    expect(within(created).getByTestId('history-change').textContent).toBe('Tên đơn vị: Hội Nữ Doanh nhân Hải Phòng');
    expect(within(created).getByTestId('history-actor').textContent).toBe('Hệ thống (system)');
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('links to the record in the audit log for those who may read it, not for a unit officer', async () => {
    const first = renderWithProviders(<HistoryTimeline id={UNIT} />, { mocks, viewer: viewerOf('ANALYST') });
    expect((await screen.findByTestId('history-audit-link')).getAttribute('href')).toBe(`/audit?entityId=${UNIT}`);
    first.unmount();
    renderWithProviders(<HistoryTimeline id={UNIT} />, {
      mocks,
      viewer: viewerOf('UNIT_OFFICER', { unit: { id: UNIT, name: 'Hội Nữ Doanh nhân Hải Phòng' } }),
    });
    await screen.findAllByTestId('history-event');
    expect(screen.queryByTestId('history-audit-link')).toBeNull();
  });
});
