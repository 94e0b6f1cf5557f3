import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { Spin } from 'antd';
import { RouteError } from '../components/RouteError';
import { RequireAuth, RequirePermission } from '../auth/RequireAuth';
import { publicPage } from '../routes/public-lookup';

const fallback = <Spin style={{ display: 'block', margin: 48 }} />;

/** A route module whose page tells how a save went (FeedbackProvider comes with it, not with the login page). */
async function withFeedback(module: Promise<{ Component: ComponentType }>) {
  const [{ Component: Page }, { FeedbackProvider }] = await Promise.all([module, import('./feedback')]);
  return {
    Component: () => (
      <FeedbackProvider>
        <Page />
      </FeedbackProvider>
    ),
  };
}

/** Every page is its own chunk: the first screen loads only what it shows. */
export const router = createBrowserRouter([
  // Outside the main layout: signing in, and the password change a one-time password requires.
  { path: '/login', lazy: () => import('../routes/login/LoginPage'), errorElement: <RouteError />, hydrateFallbackElement: fallback },
  {
    path: '/change-password',
    lazy: () => withFeedback(import('../routes/login/ChangePasswordPage')),
    errorElement: <RouteError />,
    hydrateFallbackElement: fallback,
  },
  // The public lookup: anyone, signed in or not, without the signed-in layout (publicAwardPath of @thidua/shared).
  { path: '/tra-cuu', lazy: publicPage('LookupPage'), errorElement: <RouteError />, hydrateFallbackElement: fallback },
  { path: '/tra-cuu/khen-thuong/:id', lazy: publicPage('AwardPage'), errorElement: <RouteError />, hydrateFallbackElement: fallback },
  { path: '/tra-cuu/quyet-dinh/:id', lazy: publicPage('DecisionPage'), errorElement: <RouteError />, hydrateFallbackElement: fallback },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: fallback,
    // The layout (menu, live updates, presence) is a chunk of its own: the login page does without it.
    children: [
      {
        lazy: () => import('./AppLayout'),
        children: [
          { index: true, lazy: () => import('../routes/dashboard/DashboardPage') },
          { path: 'units', lazy: () => import('../routes/units/UnitsPage') },
          { path: 'units/:id', lazy: () => import('../routes/units/UnitPage') },
          { path: 'units/:id/edit', lazy: () => import('../routes/units/UnitPage') },
          { path: 'people', lazy: () => import('../routes/people/PeoplePage') },
          { path: 'people/:id', lazy: () => import('../routes/people/PersonPage') },
          {
            element: <RequirePermission anyOf={['read:people']} />,
            children: [{ path: 'households', lazy: () => import('../routes/households/HouseholdsPage') }],
          },
          { path: 'blocs', lazy: () => import('../routes/blocs/BlocsPage') },
          { path: 'blocs/:id', lazy: () => import('../routes/blocs/BlocPage') },
          { path: 'movements', lazy: () => import('../routes/movements/MovementsPage') },
          { path: 'movements/:id', lazy: () => import('../routes/movements/MovementPage') },
          { path: 'covenants', lazy: () => import('../routes/covenants/CovenantsPage') },
          { path: 'covenants/:id', lazy: () => import('../routes/covenants/CovenantPage') },
          { path: 'covenants/:id/scoring', lazy: () => import('../routes/scoring/ScoringSheetPage') },
          { path: 'ballots/:id', lazy: () => import('../routes/ballots/BallotPage') },
          { path: 'ballots/:id/minutes', lazy: () => import('../routes/ballots/MinutesPage') },
          { path: 'dossiers', lazy: () => import('../routes/dossiers/DossiersPage') },
          { path: 'dossiers/inbox', lazy: () => import('../routes/dossiers/DossierInboxPage') },
          { path: 'dossiers/:id', lazy: () => import('../routes/dossiers/DossierPage') },
          {
            // The council's sessions: the Board's and its readers' (the server shows them nothing else).
            element: <RequirePermission anyOf={['read:people', 'write:domain']} />,
            children: [
              { path: 'council', lazy: () => import('../routes/council/CouncilSessionsPage') },
              { path: 'council/:id', lazy: () => import('../routes/council/CouncilSessionPage') },
              { path: 'council/:id/minutes', lazy: () => import('../routes/council/CouncilMinutesPage') },
            ],
          },
          { path: 'commendations', lazy: () => import('../routes/commendations/CommendationsPage') },
          {
            element: <RequirePermission anyOf={['write:domain']} />,
            children: [{ path: 'commendations/new', lazy: () => import('../routes/commendations/NewCommendationsPage') }],
          },
          { path: 'commendations/:id', lazy: () => import('../routes/commendations/CommendationPage') },
          { path: 'reports', lazy: () => import('../routes/reports/ReportsPage') },
          { path: 'reports/registry', lazy: () => import('../routes/reports/TdktRegistryPage') },
          { path: 'decisions', lazy: () => import('../routes/decisions/DecisionsPage') },
          { path: 'decisions/:id', lazy: () => import('../routes/decisions/DecisionPage') },
          { path: 'events', lazy: () => import('../routes/events/EventsPage') },
          { path: 'events/:id', lazy: () => import('../routes/events/EventPage') },
          { path: 'award-types', lazy: () => import('../routes/award-types/AwardTypesPage') },
          { path: 'award-types/:id/certificate', lazy: () => import('../routes/award-types/CertificateLayoutPage') },
          { path: 'document-templates', lazy: () => import('../routes/document-templates/DocumentTemplatesPage') },
          { path: 'document-templates/:id', lazy: () => import('../routes/document-templates/DocumentTemplatesPage') },
          { path: 'eligibility', lazy: () => import('../routes/eligibility/EligibilityPage') },
          { element: <RequirePermission anyOf={['read:audit']} />, children: [{ path: 'audit', lazy: () => import('../routes/audit/AuditPage') }] },
          {
            element: <RequirePermission anyOf={['manage:users', 'manage:tokens']} />,
            children: [{ path: 'admin', lazy: () => import('../routes/admin/AdminPage') }],
          },
          { path: 'graphiql', lazy: () => import('../routes/graphiql/GraphiQLPage') },
          { path: '*', lazy: () => import('../routes/NotFoundPage') },
        ],
      },
    ],
  },
]);
