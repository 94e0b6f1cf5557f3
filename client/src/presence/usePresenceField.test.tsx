import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { LeavePresenceDocument, PresenceChangedDocument, PresenceDocument, PresenceHeartbeatDocument } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { usePresenceField } from './usePresenceField';

const UNIT = 'VW5pdDpob2ktbnU';
const binh = {
  __typename: 'PresenceEntry' as const,
  clientId: 'tab-binh',
  kind: 'USER' as const,
  displayName: 'Trần Thị Bình',
  username: 'binh',
  activity: 'EDITING' as const,
  field: 'name',
  since: '2025-01-01T00:00:00.000Z',
};
const presence = { __typename: 'RecordPresence' as const, recordId: UNIT, entries: [binh] };

function UnitForm() {
  const presence = usePresenceField(UNIT);
  return (
    <Form layout="vertical" {...presence.formProps}>
      <Form.Item name="name" label={presence.label('name', 'Tên')}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label={presence.label('note', 'Ghi chú')}>
        <Input />
      </Form.Item>
    </Form>
  );
}

describe('presence in an edit form', () => {
  it('reports the focused field and marks the field someone else edits', async () => {
    const beats: { viewing: string[]; editing: { recordId: string; field: string } | null }[] = [];
    const mocks = [
      { request: { query: PresenceDocument, variables: { ids: [UNIT] } }, result: { data: { presence: [presence] } } },
      { request: { query: PresenceChangedDocument, variables: { ids: [UNIT] } }, result: { data: { presenceChanged: presence } } },
      {
        request: { query: PresenceHeartbeatDocument, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: ({ input }: { input: (typeof beats)[number] }) => {
          beats.push({ viewing: input.viewing, editing: input.editing ?? null });
          return {
            data: {
              presenceHeartbeat: {
                __typename: 'PresenceHeartbeatPayload' as const,
                heartbeat: { __typename: 'PresenceHeartbeat' as const, intervalSeconds: 10 },
                userErrors: [],
              },
            },
          };
        },
      },
      {
        request: { query: LeavePresenceDocument, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: { data: { leavePresence: { __typename: 'LeavePresencePayload' as const, left: true } } },
      },
    ];
    renderWithProviders(<UnitForm />, { mocks });

    expect((await screen.findByTestId('editing-marker-name')).textContent).toBe('Đang sửa: Trần Thị Bình');
    expect(screen.queryByTestId('editing-marker-note')).toBeNull();
    await waitFor(() => expect(beats).toContainEqual({ viewing: [UNIT], editing: null }));

    fireEvent.focusIn(screen.getByLabelText('Ghi chú'));
    await waitFor(() => expect(beats.at(-1)).toEqual({ viewing: [UNIT], editing: { recordId: UNIT, field: 'note' } }));
    fireEvent.focusOut(screen.getByLabelText('Ghi chú'));
    await waitFor(() => expect(beats.at(-1)).toEqual({ viewing: [UNIT], editing: null }));
  });
});
