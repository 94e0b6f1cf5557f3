import { useCallback, useEffect, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Empty, Space } from 'antd';
import { QueryState } from '../components/QueryState';
import { useTexts } from '../i18n/language';
import { CommentEditor } from './CommentEditor';
import { CommentItem } from './CommentItem';
import { useCommentList, withOlder } from './commentList';
import { AddCommentMutation, COMMENTS_PAGE_SIZE, CommentsChangedSubscription, CommentsPanelQuery } from './documents';
import { COMMENT_TEXTS } from './texts';

/** How long a comment that just arrived stays highlighted. */
export const FRESH_MS = 4000;

/** The seq to follow live changes from: the first `latestChangeSeq` read for this record, kept while the page stays. */
function useStartSeq(recordId: string, seq: string | undefined): string | null {
  const [start, setStart] = useState<{ recordId: string; seq: string } | null>(null);
  useEffect(() => {
    if (seq !== undefined && start?.recordId !== recordId) setStart({ recordId, seq });
  }, [recordId, seq, start]);
  return start?.recordId === recordId ? start.seq : null;
}

/** Ids of comments that just arrived, each forgotten after FRESH_MS. */
function useFresh() {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const mark = useCallback((id: string) => {
    setFresh((ids) => new Set(ids).add(id));
    setTimeout(() => setFresh((ids) => new Set([...ids].filter((other) => other !== id))), FRESH_MS);
  }, []);
  return { fresh, mark };
}

/** The current time, again every minute, for "5 phút trước". */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * "Trao đổi": a record's comments, oldest first, the newest page shown and "Xem thêm" for older
 * ones, and a box to write one (@ suggests colleagues). Comments posted, edited or deleted by
 * anyone appear at once (`commentsChanged`, followed from the seq read with the page so nothing
 * in between is lost); new ones are highlighted a moment. One's own comment shows once, whether
 * the mutation's answer or the live event comes first.
 */
export function CommentsPanel({ recordId }: { recordId: string }) {
  const text = useTexts(COMMENT_TEXTS);
  const now = useNow();
  const { fresh, mark } = useFresh();
  const list = useCommentList(recordId);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(CommentsPanelQuery, {
    variables: { recordId, last: COMMENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const since = useStartSeq(recordId, data?.latestChangeSeq);
  useSubscription(CommentsChangedSubscription, {
    variables: { recordId, since },
    skip: since === null,
    onData: ({ data: result }) => {
      const event = result.data?.commentsChanged;
      if (!event) return;
      if (event.action === 'DELETE') list.remove(event.commentId);
      else if (event.comment && list.add(event.comment)) mark(event.comment.id);
    },
  });
  const [addComment] = useMutation(AddCommentMutation);
  const post = async (body: string) => {
    const payload = (await addComment({ variables: { input: { recordId, body } } })).data!.addComment;
    if (payload.comment) list.add(payload.comment);
    return payload;
  };
  const older = () =>
    void fetchMore({
      variables: { before: data?.comments.pageInfo.startCursor },
      updateQuery: (page, { fetchMoreResult }) => withOlder(page as typeof fetchMoreResult, fetchMoreResult),
    });

  const comments = data?.comments;
  return (
    <Card title={text.title} data-testid="comments-panel">
      <QueryState loading={loading && !comments} error={error} onRetry={() => void refetch()}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {comments?.pageInfo.hasPreviousPage ? (
            <Button size="small" loading={networkStatus === NetworkStatus.fetchMore} onClick={older} data-testid="comments-older">
              {text.older}
            </Button>
          ) : null}
          {comments?.nodes.length ? (
            <div data-testid="comment-list">
              {comments.nodes.map((comment) => (
                <CommentItem key={comment.id} comment={comment} fresh={fresh.has(comment.id)} now={now} onDeleted={list.remove} />
              ))}
            </div>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.empty} />
          )}
          <CommentEditor submitText={text.send} onSave={post} resetOnSave />
        </Space>
      </QueryState>
    </Card>
  );
}
