import { buildCovenant, buildCriterion } from '../../modules/covenant/covenant.builders.js';
import { buildEvidenceFile } from '../../modules/file/file.builders.js';
import { StoredFile } from '../../modules/file/entities.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { buildAssessment } from '../../modules/scoring/scoring.builders.js';
import { DOMAIN, type Who } from '../authorization.js';
import { gid } from '../builders.js';
import type { MutationCase } from './run.js';

/**
 * Files of unit A's assessment in bloc A's covenant: changed by the unit's officer, the bloc's
 * officer or the Board; officers of unit B and bloc B do not see them at all. Uploads are HTTP
 * (`POST /files`), tested in modules/file/file.test.ts.
 */
const WRITERS: readonly Who[] = [...DOMAIN, 'blocOwn', 'unitOwn'];

export const fileMutations: Record<string, MutationCase> = {
  deleteStoredFile: {
    allow: WRITERS,
    deny: { unitOther: 'NOT_FOUND', blocOther: 'NOT_FOUND' },
    arrange: async (db, w) => {
      const criterion = await buildCriterion(db, await buildCovenant(db, { blocId: w.blocA.id }), { kind: 'QUALITATIVE', maxScore: 10 });
      return { id: gid(await buildEvidenceFile(db, (await buildAssessment(db, criterion, w.unitA.id)).id)) };
    },
    // Files are not edited in place; someone renaming it stands for any change.
    changeBehind: async (db, variables) => {
      const id = fromGlobalId(variables.id as string)!.id;
      await db.manager.save(StoredFile, { ...(await db.manager.findOneByOrFail(StoredFile, { id })), name: 'Đổi tên.pdf' });
    },
  },
};
