import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ConnectionTable } from '../components/ConnectionTable';
import { useListParams } from '../lib/useListParams';
import { renderWithProviders } from '../test/renderWithProviders';
import { addRemoteChanges, NO_CHANGES } from './recentChanges';
import { HIGHLIGHT_CLASS, RecentChangesContext } from './useRemoteHighlight';

const rows = [
  { id: 'VW5pdDox', name: 'Hội A' },
  { id: 'VW5pdDoy', name: 'Hội B' },
];

function Units() {
  const list = useListParams();
  return <ConnectionTable list={list} rows={rows} pageInfo={undefined} totalCount={2} loading={false} columns={[{ title: 'Tên', dataIndex: 'name' }]} />;
}

describe('a list row someone else just changed', () => {
  it('carries the highlight class, the others not', () => {
    const changes = addRemoteChanges(
      NO_CHANGES,
      [{ seq: '9', entityType: 'Unit', entityId: 'VW5pdDoy', action: 'UPDATE', actorName: 'Trần Thị Bình', changes: [] }],
      Date.now(),
    );
    renderWithProviders(
      <RecentChangesContext.Provider value={changes}>
        <Units />
      </RecentChangesContext.Provider>,
    );
    expect(screen.getByText('Hội B').closest('tr')!.classList.contains(HIGHLIGHT_CLASS)).toBe(true);
    expect(screen.getByText('Hội A').closest('tr')!.classList.contains(HIGHLIGHT_CLASS)).toBe(false);
  });
});
