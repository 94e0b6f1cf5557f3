import { createBrowserRouter } from 'react-router';
import { Spin } from 'antd';
import { AppLayout } from './AppLayout';
import { RouteError } from '../components/RouteError';

/** Every page is its own chunk: the first screen loads only what it shows. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Spin style={{ display: 'block', margin: 48 }} />,
    children: [
      { index: true, lazy: () => import('../routes/dashboard/DashboardPage') },
      { path: 'units', lazy: () => import('../routes/units/UnitsPage') },
      { path: 'units/:id', lazy: () => import('../routes/units/UnitPage') },
      { path: 'people', lazy: () => import('../routes/people/PeoplePage') },
      { path: 'people/:id', lazy: () => import('../routes/people/PersonPage') },
      { path: 'blocs', lazy: () => import('../routes/blocs/BlocsPage') },
      { path: 'blocs/:id', lazy: () => import('../routes/blocs/BlocPage') },
      { path: 'movements', lazy: () => import('../routes/movements/MovementsPage') },
      { path: 'movements/:id', lazy: () => import('../routes/movements/MovementPage') },
      { path: 'covenants', lazy: () => import('../routes/covenants/CovenantsPage') },
      { path: 'covenants/:id', lazy: () => import('../routes/covenants/CovenantPage') },
      { path: 'commendations', lazy: () => import('../routes/commendations/CommendationsPage') },
      { path: 'commendations/new', lazy: () => import('../routes/commendations/NewCommendationsPage') },
      { path: 'decisions', lazy: () => import('../routes/decisions/DecisionsPage') },
      { path: 'decisions/:id', lazy: () => import('../routes/decisions/DecisionPage') },
      { path: 'award-types', lazy: () => import('../routes/award-types/AwardTypesPage') },
      { path: 'audit', lazy: () => import('../routes/audit/AuditPage') },
      { path: 'graphiql', lazy: () => import('../routes/graphiql/GraphiQLPage') },
      { path: '*', lazy: () => import('../routes/NotFoundPage') },
    ],
  },
]);
