import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddCommentDocument, CommentsPanelDocument, DeleteCommentDocument, EditCommentDocument } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { CommentsPanel } from './CommentsPanel';
import { COMMENTS_PAGE_SIZE } from './documents';
import { liveTestLink } from '../test/liveTestLink';

const UNIT = 'VW5pdDpob2ktbnU';

function comment(n: number, body: string, { mine = false, mentions = [] as { username: string; displayName: string }[] } = {}) {
  return {
    __typename: 'Comment' as const,
    id: `Q29tbWVudDo${n}`,
    body,
    createdAt: new Date(2024, 2, n, 14, 5).toISOString(),
    updatedAt: new Date(2024, 2, n, 14, 5).toISOString(),
    version: 1,
    recordId: UNIT,
    recordType: 'Unit',
    canEdit: mine,
    canDelete: mine,
    author: mine
      ? { __typename: 'CommentAuthor' as const, kind: 'USER' as const, displayName: 'Cán bộ admin', username: 'admin' }
      : { __typename: 'CommentAuthor' as const, kind: 'USER' as const, displayName: 'Trần Thị Bình', username: 'binh' },
    mentions: mentions.map((m) => ({ __typename: 'UserCard' as const, ...m })),
  };
}

const page = (nodes: ReturnType<typeof comment>[], hasPreviousPage: boolean, startCursor: string) => ({
  data: {
    latestChangeSeq: '42',
    comments: { __typename: 'CommentConnection', pageInfo: { __typename: 'PageInfo', hasPreviousPage, startCursor }, nodes },
  },
});

const an = { username: 'an', displayName: 'Nguyễn Văn An' };
const newest = {
  request: { query: CommentsPanelDocument, variables: { recordId: UNIT, last: COMMENTS_PAGE_SIZE } },
  result: page([comment(2, 'Nhờ @an và @ai_do xem hồ sơ', { mentions: [an] }), comment(3, 'Đã gửi bản sửa', { mine: true })], true, 'c2'),
};
const older = {
  request: { query: CommentsPanelDocument, variables: { recordId: UNIT, last: COMMENTS_PAGE_SIZE, before: 'c2' } },
  result: page([comment(1, 'Mở hồ sơ thi đua năm 2024')], false, 'c1'),
};
const posted = (n: number, body: string) => ({
  request: { query: AddCommentDocument, variables: { input: { recordId: UNIT, body } } },
  result: { data: { addComment: { __typename: 'CommentPayload', comment: comment(n, body, { mine: true }), userErrors: [] } } },
});

const items = () => screen.getAllByTestId('comment');
const bodies = () => items().map((item) => within(item).getByTestId('comment-body').textContent);
const event = (action: 'CREATE' | 'UPDATE' | 'DELETE', c: ReturnType<typeof comment>) => ({
  result: { data: { commentsChanged: { __typename: 'CommentEvent', action, commentId: c.id, comment: action === 'DELETE' ? null : c } } },
});

/** The box to write a new comment (the last one: an edit opens its own above). */
const composer = () => screen.getAllByTestId('comment-input').at(-1) as HTMLTextAreaElement;
const send = () => screen.getAllByTestId('comment-submit').at(-1) as HTMLButtonElement;

async function type(text: string, input = composer()) {
  fireEvent.change(input, { target: { value: text } });
  await waitFor(() => expect(input.value).toBe(text));
}

async function rendered(mocks: object[]) {
  const { link, live } = liveTestLink(mocks as never);
  renderWithProviders(<CommentsPanel recordId={UNIT} />, { link });
  await screen.findAllByTestId('comment');
  // Subscribed from the seq read with the page.
  await waitFor(() => expect(live.operation?.variables).toEqual({ recordId: UNIT, since: '42' }));
  return live;
}

describe('comments panel', () => {
  it('shows the newest comments oldest first, who and when, mentions of real users highlighted; older ones with "Xem thêm"', async () => {
    await rendered([newest, older]);
    expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa']);
    const [first, second] = items();
    expect(within(first!).getByTestId('comment-author').textContent).toBe('Trần Thị Bình');
    expect(within(first!).getByTestId('comment-time').textContent).toBe('02/03/2024 14:05');
    const mentions = within(first!).getAllByTestId('comment-mention');
    expect(mentions.map((m) => [m.textContent, m.getAttribute('title')])).toEqual([['@an', 'Nguyễn Văn An']]);
    // Only one's own comment can be edited or deleted here.
    expect(within(first!).queryByTestId('comment-edit')).toBeNull();
    expect(within(second!).getByTestId('comment-edit')).toBeTruthy();
    expect(within(second!).getByTestId('comment-delete')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(bodies()).toEqual(['Mở hồ sơ thi đua năm 2024', 'Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa']));
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('shows others’ comments as they come, highlighted, and one’s own once whichever arrives first', async () => {
    const live = await rendered([newest, posted(5, 'Đã nhận, cảm ơn'), posted(6, 'Bổ sung thêm')]);

    act(() => live.simulateResult(event('CREATE', comment(4, 'Ý kiến mới từ đơn vị'))));
    await waitFor(() => expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa', 'Ý kiến mới từ đơn vị']));
    expect(items()[2]!.getAttribute('data-fresh')).toBe('true');

    // Posted: the answer comes first, then the same comment live.
    await type('Đã nhận, cảm ơn');
    fireEvent.click(send());
    await waitFor(() => expect(bodies()).toHaveLength(4));
    act(() => live.simulateResult(event('CREATE', comment(5, 'Đã nhận, cảm ơn', { mine: true }))));
    // The live event comes first, then the answer.
    act(() => live.simulateResult(event('CREATE', comment(6, 'Bổ sung thêm', { mine: true }))));
    await waitFor(() => expect(bodies()).toHaveLength(5));
    await type('Bổ sung thêm');
    fireEvent.click(send());
    await waitFor(() => expect(send().disabled).toBe(true));
    expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa', 'Ý kiến mới từ đơn vị', 'Đã nhận, cảm ơn', 'Bổ sung thêm']);

    act(() => live.simulateResult(event('DELETE', comment(4, ''))));
    await waitFor(() => expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa', 'Đã nhận, cảm ơn', 'Bổ sung thêm']));
  });

  it('keeps the draft when the comment is refused or the request fails, and says why in Vietnamese', async () => {
    const tooLong = {
      request: { query: AddCommentDocument, variables: { input: { recordId: UNIT, body: 'Quá dài' } } },
      result: {
        data: {
          addComment: {
            __typename: 'CommentPayload',
            comment: null,
            userErrors: [{ __typename: 'UserError', field: ['body'], code: 'TOO_LONG', message: 'Tối đa 4000 ký tự.' }],
          },
        },
      },
    };
    const failing = { request: { query: AddCommentDocument, variables: { input: { recordId: UNIT, body: 'Mất mạng' } } }, error: new Error('offline') };
    await rendered([newest, tooLong, failing]);

    await type('Quá dài');
    fireEvent.click(send());
    expect(await screen.findByText('Tối đa 4000 ký tự.')).toBeTruthy();
    expect(composer().value).toBe('Quá dài');

    await type('Mất mạng');
    fireEvent.click(send());
    expect((await screen.findByTestId('comment-problems')).textContent).toBe('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
    expect(composer().value).toBe('Mất mạng');
    expect(bodies()).toHaveLength(2);
  });

  it('lets the author edit a comment in place, from the version shown, and delete it', async () => {
    const own = comment(3, 'Đã gửi bản sửa', { mine: true });
    const edit = (expectedVersion: number) => ({
      query: EditCommentDocument,
      variables: { input: { id: own.id, body: 'Đã gửi bản sửa lần 2', expectedVersion } },
    });
    const stale = {
      request: edit(1),
      result: {
        data: {
          editComment: {
            __typename: 'CommentPayload',
            comment: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: ['expectedVersion'],
                code: 'CONFLICT',
                message: 'Bản ghi vừa được người khác sửa; hãy xem bản mới rồi thử lại.',
              },
            ],
          },
        },
      },
    };
    const saved = {
      request: edit(2),
      result: { data: { editComment: { __typename: 'CommentPayload', comment: { ...own, body: 'Đã gửi bản sửa lần 2', version: 3 }, userErrors: [] } } },
    };
    const deleted = {
      request: { query: DeleteCommentDocument, variables: { id: own.id } },
      result: { data: { deleteComment: { __typename: 'DeleteCommentPayload', deletedId: own.id, userErrors: [] } } },
    };
    const live = await rendered([newest, stale, saved, deleted]);

    fireEvent.click(within(items()[1]!).getByTestId('comment-edit'));
    const editor = within(items()[1]!).getByTestId('comment-input') as HTMLTextAreaElement;
    expect(editor.value).toBe('Đã gửi bản sửa');
    await type('Đã gửi bản sửa lần 2', editor);
    // Meanwhile the comment changed elsewhere (another tab): saving from version 1 is refused, the text kept.
    act(() => live.simulateResult(event('UPDATE', { ...own, body: 'Sửa ở tab khác', version: 2 })));
    await waitFor(() => expect(items()[1]!.textContent).toContain('đã sửa'));
    fireEvent.click(within(items()[1]!).getByTestId('comment-submit'));
    expect(await screen.findByText('Bản ghi vừa được người khác sửa; hãy xem bản mới rồi thử lại.')).toBeTruthy();
    expect((within(items()[1]!).getByTestId('comment-input') as HTMLTextAreaElement).value).toBe('Đã gửi bản sửa lần 2');
    // Saving again overwrites the version now shown.
    fireEvent.click(within(items()[1]!).getByTestId('comment-submit'));
    await waitFor(() => expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ', 'Đã gửi bản sửa lần 2']));

    fireEvent.click(within(items()[1]!).getByTestId('comment-delete'));
    fireEvent.click(await waitFor(() => document.querySelector<HTMLButtonElement>('.ant-popconfirm-buttons .ant-btn-primary')!));
    await waitFor(() => expect(bodies()).toEqual(['Nhờ @an và @ai_do xem hồ sơ']));
  });
});
