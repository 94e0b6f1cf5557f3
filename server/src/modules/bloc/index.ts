import type { DataSource } from 'typeorm';
import { BlocMembershipResolver } from './bloc-membership.resolver.js';
import { BlocMembershipService } from './bloc-membership.service.js';
import { UnitBlocResolver } from './bloc-unit.resolver.js';
import { BlocLeaderResolver, BlocMemberResolver, BlocYearRoleResolver } from './bloc-year.resolver.js';
import { BlocYearService } from './bloc-year.service.js';
import { BlocResolver } from './bloc.resolver.js';
import { BlocService } from './bloc.service.js';

export const blocResolvers: Function[] = [BlocResolver, BlocMembershipResolver, BlocYearRoleResolver, BlocLeaderResolver, BlocMemberResolver, UnitBlocResolver];
export const blocServices = (db: DataSource) => ({
  blocs: new BlocService(db),
  blocMemberships: new BlocMembershipService(db),
  blocYears: new BlocYearService(db),
});
