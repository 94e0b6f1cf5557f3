import type { DataSource } from 'typeorm';
import { BlocMembershipResolver } from './bloc-membership.resolver.js';
import { BlocMembershipService } from './bloc-membership.service.js';
import { UnitBlocResolver } from './bloc-unit.resolver.js';
import { BlocLeaderResolver, BlocMemberResolver, BlocYearRoleResolver } from './bloc-year.resolver.js';
import { BlocYearService } from './bloc-year.service.js';
import { BlocResolver } from './bloc.resolver.js';
import { BlocService } from './bloc.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { Bloc } from './bloc.entity.js';

export { lockBloc, saveBlocLeader } from './bloc.repository.js';

export const blocResolvers: Function[] = [BlocResolver, BlocMembershipResolver, BlocYearRoleResolver, BlocLeaderResolver, BlocMemberResolver, UnitBlocResolver];
export const blocServices = (db: DataSource) => ({
  blocs: new BlocService(db),
  blocMemberships: new BlocMembershipService(db),
  blocYears: new BlocYearService(db),
});

/** Blocs, their members, yearly roles and leaders are public to every reader. */
export const blocFeature = defineFeature({
  name: 'bloc',
  resolvers: blocResolvers,
  services: blocServices,
  records: [
    { entity: Bloc, scope: UNSCOPED },
    { entity: BlocMembership, scope: UNSCOPED },
    { entity: BlocYearRole, scope: UNSCOPED },
    { entity: BlocLeader, scope: UNSCOPED },
  ],
});
