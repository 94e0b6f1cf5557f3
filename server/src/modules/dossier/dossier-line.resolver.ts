import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { AwardType } from '../award-type/entities.js';
import { EligibilityReport } from '../eligibility/index.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import { AddDossierLineInput, UpdateDossierLineInput } from './dossier-line.inputs.js';
import { Dossier } from './dossier.entity.js';

export const DossierLinePayload = Payload<DossierLine>('DossierLine', 'line', () => DossierLine, 'Kết quả thêm, sửa dòng đề nghị (dossier line payload).');
const DeleteDossierLinePayload = Payload<string>('DeleteDossierLine', 'deletedId', () => ID, 'Kết quả xóa dòng đề nghị (delete dossier line payload).');

@Resolver(() => DossierLine)
export class DossierLineResolver {
  @PayloadMutation(() => DossierLinePayload, 'Thêm đối tượng vào danh sách đề nghị (add dossier line); hồ sơ đã gửi là DOSSIER_LOCKED.')
  addDossierLine(@Arg('input', { description: 'Dòng đề nghị.' }) input: AddDossierLineInput, @Ctx() ctx: Context) {
    return ctx.services.dossierLines.add(ctx.actor, input);
  }

  @PayloadMutation(() => DossierLinePayload, 'Sửa dòng đề nghị (update dossier line); hồ sơ đã gửi là DOSSIER_LOCKED.')
  updateDossierLine(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateDossierLineInput, @Ctx() ctx: Context) {
    return ctx.services.dossierLines.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteDossierLinePayload, 'Xóa dòng đề nghị (delete dossier line); hồ sơ đã gửi là DOSSIER_LOCKED.')
  deleteDossierLine(@Arg('id', () => ID, { description: 'Mã dòng.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.dossierLines.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Dossier, { nullable: true, description: 'Hồ sơ (dossier).' })
  dossier(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Dossier).load(l.dossierId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Tập thể (unit).' })
  unit(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, l.unitId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Cá nhân (person), nếu bạn được xem.' })
  person(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Person, l.personId);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'Hộ gia đình (household), nếu bạn được xem.' })
  household(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, l.householdId);
  }

  @FieldResolver(() => AwardType, { description: 'Hình thức khen thưởng đề nghị (award type).' })
  async awardType(@Root() l: DossierLine, @Ctx() ctx: Context) {
    return (await ctx.loaders.byId(AwardType).load(l.awardTypeId))!;
  }

  /**
   * The eligibility engine runs per subject (a fixed number of statements each, whatever the history),
   * so a list of N lines asking for it costs N evaluations: ask for it on one dossier at a time.
   */
  @FieldResolver(() => EligibilityReport, {
    nullable: true,
    description:
      'Kết quả xét điều kiện (eligibility) của đối tượng cho hình thức đề nghị trong năm của hồ sơ, theo các quy tắc đang có hiệu lực; mỗi dòng một lần xét (chỉ hỏi trên một hồ sơ).',
  })
  async eligibility(@Root() l: DossierLine, @Ctx() ctx: Context) {
    const [dossier, awardType] = await Promise.all([ctx.loaders.byId(Dossier).load(l.dossierId), ctx.loaders.byId(AwardType).load(l.awardTypeId)]);
    if (!dossier || !awardType) return null;
    const subjectId = l.unitId
      ? toGlobalId(Unit.name, l.unitId)
      : l.personId
        ? toGlobalId(Person.name, l.personId)
        : toGlobalId(Household.name, l.householdId!);
    return ctx.services.eligibility.evaluate(ctx.actor, { subjectId, awardTypeCode: awardType.code, year: dossier.year });
  }
}
