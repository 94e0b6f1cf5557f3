import type { DataSource } from 'typeorm';
import { FILE_KIND_NAMES } from '@thidua/shared';
import { defineFeature } from '../../core/feature.js';
import type { ServiceOptions } from '../../services.js';
import { visibleFiles } from './file.owners.js';
import { CovenantAssessmentFilesResolver, DossierFilesResolver, StoredFileResolver } from './file.resolver.js';
import { FileService } from './file.service.js';
import { StoredFile } from './stored-file.entity.js';

export { fileRoutes, type FileRoutesOptions } from './file.http.js';
export { FILE_OWNERS, type FileOwner } from './file.owners.js';
export type { FileSettings } from './file.service.js';

export const fileResolvers = [StoredFileResolver, CovenantAssessmentFilesResolver, DossierFilesResolver];
export const fileServices = (db: DataSource, options: ServiceOptions) => ({
  files: new FileService(db, options.files ?? { uploadKinds: FILE_KIND_NAMES }),
});

/** Files are as visible as their records; the event log records them without their bytes. */
export const fileFeature = defineFeature({
  name: 'file',
  resolvers: fileResolvers,
  services: fileServices,
  records: [{ entity: StoredFile, scope: visibleFiles, log: { skip: ['content'] } }],
});
