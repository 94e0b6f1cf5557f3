import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const InboxCount = graphql(`
  query DossierInboxCount {
    dossierInbox(first: 1) { totalCount overdueCount }
  }
`);

// A plain pill, not antd's Badge: the shell is on the first screen's budget and Badge brings its motion code.
const pill = { marginInlineStart: 8, padding: '0 6px', borderRadius: 10, fontSize: 12, lineHeight: '18px', color: '#fff', display: 'inline-block' } as const;

/** How many dossiers wait on the viewer (red when some are overdue), beside the menu entry. */
export function InboxBadge() {
  const { data } = useQuery(InboxCount, { fetchPolicy: 'cache-and-network' });
  const inbox = data?.dossierInbox;
  if (!inbox?.totalCount) return null;
  return (
    <span style={{ ...pill, background: inbox.overdueCount ? '#cf1322' : '#1677ff' }} data-testid="inbox-badge">
      {inbox.totalCount}
    </span>
  );
}
