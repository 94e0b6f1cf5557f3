import { useQuery } from '@apollo/client/react';
import { Badge } from 'antd';
import { graphql } from '../gql';

const InboxCount = graphql(`
  query DossierInboxCount {
    dossierInbox(first: 1) { totalCount overdueCount }
  }
`);

/** How many dossiers wait on the viewer (red when some are overdue), beside the menu entry. */
export function InboxBadge() {
  const { data } = useQuery(InboxCount, { fetchPolicy: 'cache-and-network' });
  const inbox = data?.dossierInbox;
  if (!inbox?.totalCount) return null;
  return (
    <Badge
      count={inbox.totalCount}
      size="small"
      color={inbox.overdueCount ? '#cf1322' : '#1677ff'}
      style={{ marginInlineStart: 8 }}
      data-testid="inbox-badge"
    />
  );
}
