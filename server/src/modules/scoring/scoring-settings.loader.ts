import type { Context } from '../../core/context.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';

/** A covenant's scoring settings (null: the defaults), batched: every covenant asked for in a request costs one statement. */
export async function scoringSettingsOf(ctx: Context, covenantId: string): Promise<CovenantScoringSettings | null> {
  const rows = await ctx.loaders
    .group<string, CovenantScoringSettings>(
      'Covenant.scoringSettings',
      (ids) => ctx.db.getRepository(CovenantScoringSettings).createQueryBuilder('s').where('s.covenant_id = ANY(:ids)', { ids }).getMany(),
      (s) => s.covenantId,
    )
    .load(covenantId);
  return rows[0] ?? null;
}
