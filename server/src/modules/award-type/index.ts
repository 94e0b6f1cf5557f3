import type { DataSource } from 'typeorm';
import { AwardTypeResolver } from './award-type.resolver.js';
import { AwardTypeService } from './award-type.service.js';

export { ensureAwardCatalogue } from './award-type.catalogue.js';
export const awardTypeResolvers = [AwardTypeResolver];
export const awardTypeServices = (db: DataSource) => ({ awardTypes: new AwardTypeService(db) });
