import type { DataSource } from 'typeorm';
import { peopleScope } from '../../core/auth/policy.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { StatisticsReportResolver } from './statistics.resolver.js';
import { StatisticsReportService } from './statistics-report.service.js';
import { TdktOfficer } from './tdkt-officer.entity.js';
import { TdktOrganization } from './tdkt-organization.entity.js';
import { TdktOfficerResolver, TdktOrganizationResolver } from './tdkt-registry.resolver.js';
import { TdktRegistryService } from './tdkt-registry.service.js';

/**
 * Statutory statistics (Circular 02/2023/TT-BNV): forms 0601–0605 computed in SQL for a year and
 * scope (`statisticsReport`, exported as xlsx by statistics.http.ts), and the registry the last two
 * forms count — organisations doing emulation and commendation work (public) and their civil
 * servants (personal data: the Board's readers, or a unit's officer for its own unit's).
 */
export const statisticsFeature = defineFeature({
  name: 'statistics',
  resolvers: [StatisticsReportResolver, TdktOrganizationResolver, TdktOfficerResolver],
  services: (db: DataSource) => ({
    statisticsReports: new StatisticsReportService(db),
    tdktRegistry: new TdktRegistryService(db),
  }),
  records: [
    { entity: TdktOrganization, scope: UNSCOPED },
    {
      entity: TdktOfficer,
      scope: (actor, alias) => peopleScope(actor, `(SELECT so.unit_id FROM tdkt_organization so WHERE so.id = ${alias}.organization_id)`),
    },
  ],
});
export { statisticsRoutes } from './statistics.http.js';
