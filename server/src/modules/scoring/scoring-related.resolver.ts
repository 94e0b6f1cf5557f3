import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CovenantCriterion } from '../covenant/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantAssessment } from './covenant-assessment.entity.js';
import { CovenantScoringSettings } from './covenant-scoring-settings.entity.js';
import { CovenantTarget } from './covenant-target.entity.js';
import { CovenantViolation } from './covenant-violation.entity.js';

@Resolver(() => CovenantAssessment)
export class CovenantAssessmentResolver {
  @FieldResolver(() => CovenantCriterion, { description: 'Tiêu chí được chấm (criterion).' })
  criterion(@Root() row: CovenantAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CovenantCriterion).load(row.criterionId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị được chấm (unit).' })
  unit(@Root() row: CovenantAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(row.unitId);
  }
}

@Resolver(() => CovenantTarget)
export class CovenantTargetResolver {
  @FieldResolver(() => CovenantCriterion, { description: 'Tiêu chí định lượng (criterion).' })
  criterion(@Root() row: CovenantTarget, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CovenantCriterion).load(row.criterionId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị được giao (unit).' })
  unit(@Root() row: CovenantTarget, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(row.unitId);
  }
}

@Resolver(() => CovenantViolation)
export class CovenantViolationResolver {
  @FieldResolver(() => Covenant, { description: 'Giao ước (covenant).' })
  covenant(@Root() row: CovenantViolation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(row.covenantId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị vi phạm (unit).' })
  unit(@Root() row: CovenantViolation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(row.unitId);
  }
}

@Resolver(() => CovenantScoringSettings)
export class CovenantScoringSettingsResolver {
  @FieldResolver(() => Covenant, { description: 'Giao ước (covenant).' })
  covenant(@Root() row: CovenantScoringSettings, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(row.covenantId);
  }
}
