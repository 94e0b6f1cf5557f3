import { lazy, Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button, Layout, Menu, Spin, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CheckCircleOutlined,
  BankOutlined,
  CalendarOutlined,
  CodeOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  FlagOutlined,
  HistoryOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { usePermissions } from '../auth/AuthProvider';
import type { Permission } from '../auth/permissions';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { LiveProvider } from '../live/LiveProvider';
import { useDayjsLocale } from './dayjsLocale';
import { FeedbackProvider } from './feedback';
import { HeaderUser } from './HeaderUser';

// The inbox count and the mention notifier come after the shell (small chunks of their own), so the first screen does not wait for them.
const InboxBadge = lazy(() => import('./InboxBadge').then((m) => ({ default: m.InboxBadge })));
const MentionNotifier = lazy(() => import('../comments/MentionNotifier').then((m) => ({ default: m.MentionNotifier })));

/** The menu; an entry with `anyOf` shows only to users with one of those permissions. */
const NAV: { path: string; key: MessageKey; icon: React.ReactNode; anyOf?: Permission[]; badge?: React.ReactNode }[] = [
  { path: '/', key: 'dashboard', icon: <DashboardOutlined /> },
  { path: '/units', key: 'units', icon: <BankOutlined /> },
  { path: '/people', key: 'people', icon: <UserOutlined /> },
  { path: '/households', key: 'households', icon: <HomeOutlined />, anyOf: ['read:people'] },
  { path: '/blocs', key: 'blocs', icon: <ApartmentOutlined /> },
  { path: '/movements', key: 'movements', icon: <FlagOutlined /> },
  { path: '/covenants', key: 'covenants', icon: <SolutionOutlined /> },
  {
    path: '/dossiers/inbox',
    key: 'dossierInbox',
    icon: <InboxOutlined />,
    badge: (
      <Suspense fallback={null}>
        <InboxBadge />
      </Suspense>
    ),
  },
  { path: '/dossiers', key: 'dossiers', icon: <FolderOpenOutlined /> },
  { path: '/council', key: 'council', icon: <TeamOutlined />, anyOf: ['read:people', 'write:domain'] },
  { path: '/commendations', key: 'commendations', icon: <TrophyOutlined /> },
  { path: '/decisions', key: 'decisions', icon: <FileTextOutlined /> },
  { path: '/reports', key: 'reports', icon: <FileTextOutlined /> },
  { path: '/events', key: 'events', icon: <CalendarOutlined /> },
  { path: '/award-types', key: 'awardTypes', icon: <AuditOutlined /> },
  { path: '/document-templates', key: 'documentTemplates', icon: <FileTextOutlined />, anyOf: ['write:domain'] },
  { path: '/eligibility', key: 'eligibility', icon: <CheckCircleOutlined /> },
  { path: '/audit', key: 'audit', icon: <HistoryOutlined />, anyOf: ['read:audit'] },
  { path: '/admin', key: 'admin', icon: <SafetyCertificateOutlined />, anyOf: ['manage:users', 'manage:tokens'] },
  { path: '/graphiql', key: 'graphiql', icon: <CodeOutlined /> },
];

export function AppLayout() {
  const { t, language, setLanguage } = useLanguage();
  const { pathname } = useLocation();
  const can = usePermissions();
  const nav = NAV.filter((n) => !n.anyOf || n.anyOf.some((permission) => can(permission)));
  const matching = nav.filter((n) => n.path !== '/' && pathname.startsWith(n.path)).map((n) => n.path);
  // The most specific entry only (the inbox, not also every dossier).
  const selected = matching.filter((path) => !matching.some((other) => other !== path && other.startsWith(path)));
  return (
    <LiveProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Suspense fallback={null}>
          <MentionNotifier />
        </Suspense>
        <Layout.Sider breakpoint="lg" collapsedWidth={0} width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 20px' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              <TeamOutlined /> thidua
            </Typography.Title>
            <Typography.Text type="secondary">{t('appName')}</Typography.Text>
          </div>
          <Menu
            mode="inline"
            selectedKeys={selected.length ? selected : pathname === '/' ? ['/'] : []}
            items={nav.map((n) => ({
              key: n.path,
              icon: n.icon,
              label: (
                <Link to={n.path}>
                  {t(n.key)}
                  {n.badge}
                </Link>
              ),
            }))}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, paddingInline: 24 }}>
            <HeaderUser />
            <Button size="small" style={{ flexShrink: 0 }} onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} data-testid="language-switch">
              {t('language')}
            </Button>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <Suspense fallback={<Spin description={t('loading')} />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </LiveProvider>
  );
}

/** The route module of the layout (router.tsx loads it lazily), with the messages its pages show. */
export function Component() {
  useDayjsLocale();
  return (
    <FeedbackProvider>
      <AppLayout />
    </FeedbackProvider>
  );
}
