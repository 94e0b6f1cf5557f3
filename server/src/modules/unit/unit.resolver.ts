import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Decision } from '../decision/entities.js';
import { UnitLineage } from './unit-lineage.entity.js';
import { UnitFormerName } from './unit-former-name.entity.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, RecordUnitLineageInput, UnitsArgs, UpdateUnitInput } from './unit.inputs.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const UnitConnection = Connection(Unit);
const UnitPayload = Payload<Unit>('Unit', 'unit', () => Unit, 'Kết quả tạo hoặc sửa đơn vị.');
const DeleteUnitPayload = Payload<string>('DeleteUnit', 'deletedId', () => ID, 'Kết quả xóa đơn vị.');
const UnitLineagePayload = Payload<UnitLineage>('UnitLineage', 'lineage', () => UnitLineage, 'Kết quả ghi nhận biến động đơn vị.');
const DeleteUnitLineagePayload = Payload<string>('DeleteUnitLineage', 'deletedId', () => ID, 'Kết quả xóa biến động đơn vị.');

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { description: 'Một đơn vị theo mã.' })
  unit(@Arg('id', () => ID, { description: 'Mã đơn vị.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.units.get(ctx.actor, id);
  }

  @Query(() => UnitConnection, { description: 'Danh sách đơn vị: lọc, tìm không dấu, sắp xếp, phân trang.' })
  async units(@Args() args: UnitsArgs, @Ctx() ctx: Context) {
    return toConnection(UnitConnection, await ctx.services.units.list(ctx.actor, args));
  }

  @PayloadMutation(() => UnitPayload, 'Tạo đơn vị.')
  createUnit(@Arg('input', { description: 'Dữ liệu đơn vị mới.' }) input: CreateUnitInput, @Ctx() ctx: Context) {
    return ctx.services.units.create(ctx.actor, input);
  }

  @PayloadMutation(() => UnitPayload, 'Sửa đơn vị.')
  updateUnit(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateUnitInput, @Ctx() ctx: Context) {
    return ctx.services.units.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteUnitPayload, 'Xóa đơn vị chưa được dùng ở đâu (IN_USE nếu còn được tham chiếu).')
  deleteUnit(
    @Arg('id', () => ID, { description: 'Mã đơn vị cần xóa.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.units.delete(ctx.actor, id, expectedVersion);
  }

  @PayloadMutation(() => UnitLineagePayload, 'Ghi nhận sáp nhập, chia tách, đổi tên đơn vị.')
  recordUnitLineage(@Arg('input', { description: 'Biến động cần ghi nhận.' }) input: RecordUnitLineageInput, @Ctx() ctx: Context) {
    return ctx.services.units.recordLineage(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteUnitLineagePayload, 'Xóa một biến động đơn vị.')
  deleteUnitLineage(@Arg('id', () => ID, { description: 'Mã biến động cần xóa.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.units.deleteLineage(ctx.actor, id);
  }

  @FieldResolver(() => [UnitFormerName], { description: 'Tên gọi trước đây (former names), cũ nhất trước.' })
  formerNames(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, UnitFormerName>(
        'Unit.formerNames',
        (ids) =>
          ctx.db
            .getRepository(UnitFormerName)
            .createQueryBuilder('n')
            .where('n.unit_id = ANY(:ids)', { ids })
            .orderBy('n.usedUntil', 'ASC', 'NULLS FIRST')
            .addOrderBy('n.name')
            .getMany(),
        (n) => n.unitId,
      )
      .load(unit.id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị cấp trên (parent).' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, unit.parentId);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị trực thuộc (children), theo tên.' })
  children(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, Unit>(
        'Unit.children',
        (ids) => ctx.db.getRepository(Unit).createQueryBuilder('u').where('u.parentId IN (:...ids)', { ids }).orderBy('u.name').getMany(),
        (u) => u.parentId!,
      )
      .load(unit.id);
  }

  @FieldResolver(() => [UnitLineage], { description: 'Các đơn vị tiền thân: đơn vị này được hình thành từ chúng (merged/split from).' })
  predecessors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return lineageOf(ctx, 'successorId', unit.id);
  }

  @FieldResolver(() => [UnitLineage], { description: 'Các đơn vị kế tục: đơn vị này đã sáp nhập, chia tách vào chúng (merged/split into).' })
  successors(@Root() unit: Unit, @Ctx() ctx: Context) {
    return lineageOf(ctx, 'predecessorId', unit.id);
  }
}

function lineageOf(ctx: Context, key: 'successorId' | 'predecessorId', unitId: string) {
  return ctx.loaders
    .group<string, UnitLineage>(
      `UnitLineage.${key}`,
      (ids) => ctx.db.getRepository(UnitLineage).createQueryBuilder('l').where(`l.${key} IN (:...ids)`, { ids }).orderBy('l.effectiveOn').getMany(),
      (l) => l[key],
    )
    .load(unitId);
}

@Resolver(() => UnitLineage)
export class UnitLineageResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị trước (predecessor).' })
  predecessor(@Root() lineage: UnitLineage, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(lineage.predecessorId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị sau (successor).' })
  successor(@Root() lineage: UnitLineage, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(lineage.successorId);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định căn cứ (decision).' })
  decision(@Root() lineage: UnitLineage, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, lineage.decisionId);
  }
}
