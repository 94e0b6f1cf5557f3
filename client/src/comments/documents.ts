import { graphql } from '../gql';

/** Comments per request: the newest page first, "Xem thêm" reads older ones. */
export const COMMENTS_PAGE_SIZE = 20;

/*
 * One selection of a comment for the list, the mutations and the live events, so whatever
 * arrives can be put in the cached list as it is.
 */
export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id body createdAt updatedAt version recordId recordType canEdit canDelete
    author { kind displayName username }
    mentions { username displayName }
  }
`);

export const CommentsPanelQuery = graphql(`
  query CommentsPanel($recordId: ID!, $last: Int!, $before: String) {
    latestChangeSeq
    comments(recordId: $recordId, last: $last, before: $before) {
      pageInfo { hasPreviousPage startCursor }
      nodes { id ...CommentFields }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) { comment { id ...CommentFields } userErrors { field message code } }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) { deletedId userErrors { field message code } }
  }
`);

export const CommentsChangedSubscription = graphql(`
  subscription CommentsChanged($recordId: ID!, $since: String) {
    commentsChanged(recordId: $recordId, since: $since) { action commentId comment { id ...CommentFields } }
  }
`);

export const MentionableUsersQuery = graphql(`
  query MentionableUsers($search: String, $first: Int) {
    mentionableUsers(search: $search, first: $first) { username displayName }
  }
`);
