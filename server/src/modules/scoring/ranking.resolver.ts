import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CovenantCriterion } from '../covenant/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';
import { CovenantRanking, CovenantRankingRow, CriterionScore } from './ranking.types.js';
import { scoringSettingsOf } from './scoring-settings.loader.js';

@Resolver(() => Covenant)
export class CovenantScoringResolver {
  @FieldResolver(() => CovenantRanking, {
    description:
      'Bảng chấm điểm và xếp hạng (ranking): mỗi đơn vị thành viên trong năm giao ước với điểm từng tiêu chí, tổng, tỷ lệ trên điểm tối đa được giao, hạng, lý do không xét dẫn đầu.',
  })
  async ranking(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    // Batched: a list of covenants asking for their rankings costs one statement.
    const [ranking] = await ctx.loaders
      .group<string, CovenantRanking>(
        'Covenant.ranking',
        async (ids) => attachRecords(ctx, [...(await ctx.services.ranking.rankingsOf(ctx.actor, ids)).values()]),
        (r) => r.covenantId,
      )
      .load(covenant.id);
    return ranking!;
  }

  @FieldResolver(() => CovenantScoringSettings, {
    nullable: true,
    description: 'Cách chấm điểm đã đặt (scoring settings); null là mặc định (công thức NSC, điểm thẩm định là cuối cùng).',
  })
  scoringSettings(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return scoringSettingsOf(ctx, covenant.id);
  }

  @FieldResolver(() => [CovenantViolation], { description: 'Các vi phạm đã ghi nhận (violations), mới nhất trước.' })
  violations(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, CovenantViolation>(
        'Covenant.violations',
        (ids) =>
          ctx.db
            .getRepository(CovenantViolation)
            .createQueryBuilder('v')
            .where('v.covenant_id = ANY(:ids)', { ids })
            .orderBy('v.created_at', 'DESC')
            .addOrderBy('v.id')
            .getMany(),
        (v) => v.covenantId,
      )
      .load(covenant.id);
  }
}

/**
 * Puts each row's unit and each score's criterion on the ranking, loaded in one batch each: a sheet
 * of 100 units × 50 criteria then resolves its 5,000 criteria synchronously, not 5,000 loader calls.
 */
async function attachRecords(ctx: Context, rankings: CovenantRanking[]): Promise<CovenantRanking[]> {
  const rows = rankings.flatMap((r) => r.rows);
  const scores = rows.flatMap((r) => r.scores);
  const [units, criteria] = await Promise.all([
    ctx.loaders.byId(Unit).loadMany([...new Set(rows.map((r) => r.unitId))]),
    ctx.loaders.byId(CovenantCriterion).loadMany([...new Set(scores.map((s) => s.criterionId))]),
  ]);
  const byId = new Map([...units, ...criteria].filter((r): r is Unit | CovenantCriterion => !!r && !(r instanceof Error)).map((r) => [r.id, r]));
  for (const row of rows) row.unit = byId.get(row.unitId) as Unit | undefined;
  for (const score of scores) score.criterion = byId.get(score.criterionId) as CovenantCriterion | undefined;
  return rankings;
}

@Resolver(() => CovenantRankingRow)
export class RankingRowResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị (unit).' })
  unit(@Root() row: CovenantRankingRow, @Ctx() ctx: Context) {
    return row.unit ?? ctx.loaders.byId(Unit).load(row.unitId);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => CovenantCriterion, { description: 'Tiêu chí (criterion).' })
  criterion(@Root() score: CriterionScore, @Ctx() ctx: Context) {
    return score.criterion ?? ctx.loaders.byId(CovenantCriterion).load(score.criterionId);
  }

  @FieldResolver(() => CovenantAssessment, {
    nullable: true,
    description: 'Bản chấm (assessment): số liệu tự chấm, điểm thẩm định, phiên bản để sửa; null khi chưa chấm.',
  })
  assessment(@Root() score: CriterionScore, @Ctx() ctx: Context) {
    return ctx.loaders.ref(CovenantAssessment, score.assessmentId);
  }

  @FieldResolver(() => CovenantTarget, { nullable: true, description: 'Bản ghi chỉ tiêu (target record), với phiên bản để sửa; null khi chưa giao.' })
  targetRecord(@Root() score: CriterionScore, @Ctx() ctx: Context) {
    return ctx.loaders.ref(CovenantTarget, score.targetId);
  }
}
