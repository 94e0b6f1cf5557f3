import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Space, Tabs, Typography } from 'antd';
import { KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { UserRole as UserRoleValue } from '../../gql/graphql';
import { usePermissions } from '../../auth/AuthProvider';
import { connectionProps } from '../../components/connectionProps';
import { UserRole } from '@thidua/shared';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeFilters } from '../../lib/describeFilters';
import { listSort } from '../../lib/listSort';
import { useListParams } from '../../lib/useListParams';
import { OneTimeSecretDialog, type OneTimeSecret } from './OneTimeSecretDialog';
import { adminTexts } from './texts';
import { TokensTab } from './TokensTab';
import { UsersTab } from './UsersTab';
import { usersFilter } from './usersFilter';

const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter, $orderBy: [UserOrder!]) {
    users(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...UsersTab_user }
    }
  }
`);

const AdminTokensQuery = graphql(`
  query AdminTokens($first: Int, $after: String, $last: Int, $before: String) {
    apiTokens(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id ...TokensTab_token }
    }
  }
`);

type Tab = 'users' | 'tokens';

/** Administration: officers' accounts and partner apps' API tokens (tab in the URL: ?tab=tokens). */
export function Component() {
  const tx = useTexts(adminTexts);
  const can = usePermissions();
  const list = useListParams();
  const tabs = ([can('manage:users') ? 'users' : null, can('manage:tokens') ? 'tokens' : null] as const).filter((x): x is Tab => x !== null);
  const asked = list.get('tab') as Tab | undefined;
  const tab: Tab = asked && tabs.includes(asked) ? asked : tabs[0];
  const sort = listSort(list, ['USERNAME', 'DISPLAY_NAME'] as const, { field: 'USERNAME', dir: 'ASC' });
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);

  const { t } = useLanguage();
  const vocab = useVocabularyLabel();
  const userFilters = { filter: usersFilter(list.get), orderBy: sort.orderBy };
  const users = useQuery(AdminUsersQuery, { variables: { ...list.paging, ...userFilters }, skip: tab !== 'users' });
  // The tokens list has no filter, search or sort of its own.
  const tokenFilters = {};
  const tokens = useQuery(AdminTokensQuery, { variables: { ...list.paging, ...tokenFilters }, skip: tab !== 'tokens' });
  const role = list.get('role') as UserRoleValue | undefined;
  const active = list.get('active');
  const usersExport = {
    title: tx.usersTab,
    query: AdminUsersQuery,
    variables: userFilters,
    description: describeFilters([
      [t('search'), list.search],
      [tx.role, role && (UserRole.values as string[]).includes(role) && vocab(UserRole, role)],
      [tx.status, active === 'yes' ? tx.active : active === 'no' ? tx.locked : undefined],
    ]),
  };
  const tokensExport = { title: tx.tokensTab, query: AdminTokensQuery, variables: tokenFilters };

  const items = [
    {
      key: 'users' as const,
      icon: <TeamOutlined />,
      label: tx.usersTab,
      children: <UsersTab list={list} sort={sort} {...connectionProps(users, (data) => data.users)} onSecret={setSecret} exportAs={usersExport} />,
    },
    {
      key: 'tokens' as const,
      icon: <KeyOutlined />,
      label: tx.tokensTab,
      children: <TokensTab list={list} {...connectionProps(tokens, (data) => data.apiTokens)} onSecret={setSecret} exportAs={tokensExport} />,
    },
  ].filter((item) => tabs.includes(item.key));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {tx.title}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        // A new tab starts clean: no search, filter, sort or page of the other one.
        onChange={(key) => list.update({ tab: key === tabs[0] ? null : key, q: null, role: null, active: null, sort: null, dir: null })}
        items={items}
        destroyOnHidden
      />
      <OneTimeSecretDialog shown={secret} onClose={() => setSecret(null)} />
    </Space>
  );
}
