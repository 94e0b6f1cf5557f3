import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { CommentsPanelQuery } from '../gql/graphql';
import { COMMENTS_PAGE_SIZE, CommentsPanelQuery as CommentsPanelDocument } from './documents';

export type CommentsPage = CommentsPanelQuery;
export type CommentNode = CommentsPage['comments']['nodes'][number];

/**
 * The cached list with `comment` at its end, unless it is in it already: one's own comment
 * comes back both as the answer to `addComment` and from the live stream, in either order, and
 * shows once. Returns the same object when nothing changes.
 */
export function withComment(page: CommentsPage, comment: CommentNode): CommentsPage {
  if (page.comments.nodes.some((node) => node.id === comment.id)) return page;
  return { ...page, comments: { ...page.comments, nodes: [...page.comments.nodes, comment] } };
}

export function withoutComment(page: CommentsPage, id: string): CommentsPage {
  if (!page.comments.nodes.some((node) => node.id === id)) return page;
  return { ...page, comments: { ...page.comments, nodes: page.comments.nodes.filter((node) => node.id !== id) } };
}

/** An older page (read with `before`) put in front of the list, its paging taking over. */
export function withOlder(page: CommentsPage, older: CommentsPage): CommentsPage {
  const shown = new Set(page.comments.nodes.map((node) => node.id));
  return {
    ...page,
    comments: {
      ...page.comments,
      pageInfo: older.comments.pageInfo,
      nodes: [...older.comments.nodes.filter((node) => !shown.has(node.id)), ...page.comments.nodes],
    },
  };
}

/** The panel's query of a record's comments: the newest page, and the older ones read into it. */
export const listQuery = (recordId: string) => ({ query: CommentsPanelDocument, variables: { recordId, last: COMMENTS_PAGE_SIZE } });

/**
 * Changes to a record's cached comment list (the panel's query). `add` tells whether the comment
 * was new to the list; `remove` also drops the comment from the cache.
 */
export function useCommentList(recordId: string) {
  const client = useApolloClient();
  const add = useCallback(
    (comment: CommentNode): boolean => {
      let added = false;
      client.cache.updateQuery(listQuery(recordId), (page) => {
        if (!page) return page;
        const next = withComment(page, comment);
        added = next !== page;
        return next;
      });
      return added;
    },
    [client, recordId],
  );
  const remove = useCallback(
    (id: string) => {
      client.cache.updateQuery(listQuery(recordId), (page) => (page ? withoutComment(page, id) : page));
      client.cache.evict({ id: client.cache.identify({ __typename: 'Comment', id }) });
      client.cache.gc();
    },
    [client, recordId],
  );
  return { add, remove };
}
