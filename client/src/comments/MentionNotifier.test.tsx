import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../test/renderWithProviders';
import { viewerOf } from '../test/viewers';
import { excerpt, MentionNotifier } from './MentionNotifier';
import { liveTestLink } from '../test/liveTestLink';

const PERSON = 'UGVyc29uOjE';

const mention = (body: string) => ({
  result: {
    data: {
      mentions: {
        __typename: 'Comment',
        id: 'Q29tbWVudDo5',
        body,
        recordId: PERSON,
        recordType: 'Person',
        author: { __typename: 'CommentAuthor', displayName: 'Nguyễn Văn A' },
      },
    },
  },
});

function app() {
  return (
    <>
      <MentionNotifier />
      <Routes>
        <Route path="/" element={<div data-testid="home" />} />
        <Route path="/people/:id" element={<div data-testid="person-page" />} />
      </Routes>
    </>
  );
}

describe('mention notifications', () => {
  it('tells the officer who mentioned them and what was said, with a way to the record', async () => {
    const { link, live } = liveTestLink([]);
    renderWithProviders(app(), { link, viewer: viewerOf('UNIT_OFFICER') });
    await waitFor(() => expect(live.operation?.operationName).toBe('Mentions'));

    act(() => live.simulateResult(mention('@can_bo_don_vi nhờ anh xem lại hồ sơ\n khen thưởng')));
    const notice = await screen.findByTestId('mention-notification');
    expect(document.querySelector('.ant-notification-notice-title')?.textContent).toBe('Nguyễn Văn A đã nhắc đến bạn:');
    expect(notice.textContent).toContain('@can_bo_don_vi nhờ anh xem lại hồ sơ khen thưởng');
    fireEvent.click(screen.getByTestId('mention-open'));
    expect(await screen.findByTestId('person-page')).toBeTruthy();
  });

  it('quotes a long comment shortened', () => {
    const quoted = excerpt(`${'Nội dung rất dài '.repeat(20)}`);
    expect(quoted.length).toBe(140);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
