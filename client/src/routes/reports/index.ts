/** The statistics forms (/reports) and the registry they count (/reports/registry). */
export { exportUrl } from './ReportsPage';
