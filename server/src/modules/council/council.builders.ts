import type { DataSource } from 'typeorm';
import { buildDossierLine, buildSentDossier } from '../dossier/dossier.builders.js';
import type { Dossier, DossierLine } from '../dossier/entities.js';

/** Test builders for council sessions. */

/** A unit's dossier at the decision level with `lines` lines appraised ELIGIBLE (one unit each, all `unitIds` in turn). */
export async function awaitingDecision(db: DataSource, unitIds: readonly string[]): Promise<{ dossier: Dossier; lines: DossierLine[] }> {
  const dossier = await buildSentDossier(db, unitIds[0]!, 'AWAITING_DECISION', { currentLevel: 'COUNCIL' });
  const lines: DossierLine[] = [];
  for (const unitId of unitIds) lines.push(await buildDossierLine(db, dossier, unitId, { appraisalResult: 'ELIGIBLE' }));
  return { dossier, lines };
}

/** Members of a council for tests: `present` of `total` present. */
export const councilMembers = (total: number, present = total) =>
  Array.from({ length: total }, (_, i) => ({
    name: `Thành viên ${i + 1}`,
    position: i === 0 ? 'Chủ tịch UBND thành phố' : 'Giám đốc Sở',
    role: i === 0 ? 'CHAIR' : 'MEMBER',
    present: i < present,
  }));
