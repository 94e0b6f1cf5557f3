import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import type { PresenceEntry } from './entries';
import { EditingMarker, PresenceAvatars } from './PresenceAvatars';

const SELF = 'tab-self';
const entry = (over: Partial<PresenceEntry>): PresenceEntry => ({
  clientId: 'tab-x',
  kind: 'USER',
  displayName: 'Nguyễn Văn An',
  username: 'an',
  activity: 'VIEWING',
  field: null,
  since: '2025-01-01T00:00:00.000Z',
  ...over,
});

const ENTRIES = [
  entry({ clientId: SELF, displayName: 'Tôi', username: 'toi' }),
  entry({ clientId: 'tab-a1' }),
  entry({ clientId: 'tab-b', displayName: 'Trần Thị Bình', username: 'binh', activity: 'EDITING', field: 'name' }),
  entry({ clientId: 'tab-a2', activity: 'EDITING', field: 'shortName' }),
  entry({ clientId: 'tab-p', kind: 'TOKEN', displayName: 'Phần mềm nhân sự', username: 'Phần mềm nhân sự' }),
];

describe('presence avatars', () => {
  it('shows the others, one avatar per person with initials, and says who views and who edits which field', () => {
    renderWithProviders(<PresenceAvatars entries={ENTRIES} selfClientId={SELF} />);
    expect(screen.getByLabelText('Nguyễn Văn An đang sửa trường Tên viết tắt').textContent).toBe('NA');
    expect(screen.getByLabelText('Trần Thị Bình đang sửa trường Tên').textContent).toBe('TB');
    expect(screen.getByLabelText('Phần mềm nhân sự (ứng dụng đối tác) đang xem')).toBeTruthy();
    expect(screen.queryByLabelText(/Tôi/)).toBeNull();
    expect(screen.queryByLabelText('Nguyễn Văn An đang xem')).toBeNull();
  });

  it('shows nothing when only this tab is there', () => {
    renderWithProviders(<PresenceAvatars entries={[ENTRIES[0]!]} selfClientId={SELF} />);
    expect(screen.queryByTestId('presence-avatars')).toBeNull();
  });

  it('marks a field with whoever else edits exactly that field', () => {
    renderWithProviders(
      <>
        <EditingMarker entries={ENTRIES} field="name" selfClientId={SELF} />
        <EditingMarker entries={ENTRIES} field="note" selfClientId={SELF} />
      </>,
    );
    expect(screen.getByTestId('editing-marker-name').textContent).toBe('Đang sửa: Trần Thị Bình');
    expect(screen.queryByTestId('editing-marker-note')).toBeNull();
  });
});
