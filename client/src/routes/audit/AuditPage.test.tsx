import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import dayjs from 'dayjs';
import { AuditPageDocument, AuditRecordsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as AuditPage } from './AuditPage';

const UNIT = 'VW5pdDpob2ktbnU';
const USER = 'VXNlcjpkb24tdmk';

/** Shows the URL's query string, to check what the page writes there. */
function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

const event = {
  __typename: 'ChangeEvent',
  id: 'ev1',
  seq: '42',
  occurredAt: new Date(2024, 2, 15, 9, 30).toISOString(),
  action: 'UPDATE',
  actorKind: 'USER',
  actorId: USER,
  actorName: 'Trần Thị Bình (can_bo_don_vi)',
  requestId: '7f3c2a10-1111-2222-3333-444455556666',
  entityType: 'Unit',
  entityId: UNIT,
  reason: null,
  changes: [{ __typename: 'FieldChange', field: 'shortName', before: 'HNDN', after: 'HNDN Hải Phòng' }],
};

function mocks(sent: unknown[]) {
  const answer = {
    request: { query: AuditPageDocument, variables: (variables: unknown) => (sent.push(variables), true) },
    result: {
      data: {
        changeEvents: {
          __typename: 'ChangeEventConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
          nodes: [event],
        },
      },
    },
    maxUsageCount: 20,
  };
  const records = {
    request: { query: AuditRecordsDocument, variables: () => true },
    result: { data: { nodes: [{ __typename: 'Unit', id: UNIT, name: 'Hội Nữ Doanh nhân Hải Phòng' }] } },
    maxUsageCount: 20,
  };
  return [answer, records];
}

describe('audit page', () => {
  it('asks the server for what the URL says: who, what, when, which request', async () => {
    const sent: unknown[] = [];
    renderWithProviders(<AuditPage />, {
      mocks: mocks(sent),
      route: '/audit?actorKind=USER&actorName=B%C3%ACnh&type=Unit&action=UPDATE&from=2024-03-01&to=2024-03-31&request=7f3c&size=50',
    });
    await screen.findByText('Tên viết tắt');
    expect(sent[0]).toEqual({
      first: 50,
      filter: {
        actorKind: { eq: 'USER' },
        actorName: { contains: 'Bình' },
        entityType: { eq: 'Unit' },
        action: { eq: 'UPDATE' },
        occurredAt: { gte: dayjs('2024-03-01').toISOString(), lt: dayjs('2024-04-01').toISOString() },
        requestId: { eq: '7f3c' },
      },
    });
    // The filters show what the URL holds.
    expect((within(screen.getByTestId('audit-actor-name')).getByRole('searchbox') as HTMLInputElement).value).toBe('Bình');
    expect(screen.getByTestId('audit-filters').textContent).toContain('Tài khoản cán bộ');
    expect(screen.getByTestId('audit-filters').textContent).toContain('Đơn vị');
    expect((within(screen.getByTestId('audit-request')).getByRole('searchbox') as HTMLInputElement).value).toBe('7f3c');
    const dates = screen.getByTestId('audit-filters').querySelectorAll<HTMLInputElement>('.ant-picker-range input');
    expect([...dates].map((input) => input.value)).toEqual(['01/03/2024', '31/03/2024']);
  });

  it('shows each event with its record linked to the record’s page', async () => {
    renderWithProviders(<AuditPage />, { mocks: mocks([]), route: '/audit' });
    const link = await screen.findByRole('link', { name: 'Hội Nữ Doanh nhân Hải Phòng' });
    expect(link.getAttribute('href')).toBe(`/units/${UNIT}`);
    expect(screen.getByTestId('audit-action-tag').textContent).toBe('Sửa');
    expect(screen.getByTestId('audit-time').textContent).toBe('15/03/2024 09:30');
    expect(screen.getByText('Tên viết tắt').closest('li')!.textContent).toBe('Tên viết tắt: HNDN → HNDN Hải Phòng');
  });

  it('writes filters to the URL, back to the first page, and clears them all at once', async () => {
    const sent: unknown[] = [];
    renderWithProviders(
      <>
        <AuditPage />
        <Search />
      </>,
      { mocks: mocks(sent), route: '/audit?after=cursor9&size=50' },
    );
    await screen.findByRole('link', { name: 'Hội Nữ Doanh nhân Hải Phòng' });
    const search = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');

    // One record, one actor: from the row's filter buttons.
    fireEvent.click(screen.getByRole('button', { name: 'Chỉ bản ghi này' }));
    await waitFor(() => expect(search().get('entityId')).toBe(UNIT));
    expect(search().get('after')).toBeNull();
    expect(search().get('size')).toBe('50');
    fireEvent.click(await screen.findByRole('button', { name: 'Chỉ người này' }));
    await waitFor(() => expect(search().get('actorId')).toBe(USER));
    // Shown as tags that say what they are.
    expect((await screen.findByTestId('audit-record-tag')).textContent).toContain('Hội Nữ Doanh nhân Hải Phòng');
    expect(screen.getByTestId('audit-actor-tag').textContent).toContain('Trần Thị Bình (can_bo_don_vi)');

    // A name typed and searched; the request of a row.
    const name = within(screen.getByTestId('audit-actor-name')).getByRole('searchbox');
    fireEvent.change(name, { target: { value: '  Trần ' } });
    fireEvent.keyDown(name, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(search().get('actorName')).toBe('Trần'));
    fireEvent.click(screen.getByTestId('audit-request-link'));
    await waitFor(() => expect(search().get('request')).toBe(event.requestId));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({
        first: 50,
        filter: { actorName: { contains: 'Trần' }, actorId: { eq: USER }, entityId: { eq: UNIT }, requestId: { eq: event.requestId } },
      }),
    );

    // Everything off, the page size kept.
    fireEvent.click(screen.getByTestId('audit-clear'));
    await waitFor(() => expect(screen.getByTestId('search').textContent).toBe('?size=50'));
    await waitFor(() => expect((within(screen.getByTestId('audit-actor-name')).getByRole('searchbox') as HTMLInputElement).value).toBe(''));
    expect(screen.queryByTestId('audit-record-tag')).toBeNull();
  });
});
