import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteError } from '../components/RouteError';

/** Every page is its own chunk: the first screen loads only what it shows. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: () => import('../routes/dashboard/DashboardPage') },
      { path: 'units', lazy: () => import('../routes/units/UnitsPage') },
      { path: 'units/:id', lazy: () => import('../routes/units/UnitPage') },
      { path: '*', lazy: () => import('../routes/NotFoundPage') },
    ],
  },
]);
