import type { DataSource } from 'typeorm';
import { AwardTypeResolver } from './award-type.resolver.js';
import { AwardTypeService } from './award-type.service.js';
import { defineFeature, UNSCOPED } from '../../core/feature.js';
import { AwardType } from './award-type.entity.js';

export { ensureAwardCatalogue } from './award-type.catalogue.js';
export const awardTypeResolvers = [AwardTypeResolver];
export const awardTypeServices = (db: DataSource) => ({ awardTypes: new AwardTypeService(db) });

/** The award catalogue is public to every reader. */
export const awardTypeFeature = defineFeature({
  name: 'award-type',
  resolvers: awardTypeResolvers,
  services: awardTypeServices,
  records: [{ entity: AwardType, scope: UNSCOPED }],
});
