import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { UnitFormerName } from './unit-former-name.entity.js';
import { AddUnitFormerNameInput, UpdateUnitFormerNameInput } from './unit-former-name.inputs.js';
import { Unit } from './unit.entity.js';

const UnitFormerNamePayload = Payload<UnitFormerName>('UnitFormerName', 'formerName', () => UnitFormerName, 'Kết quả ghi nhận hoặc sửa tên gọi trước đây.');
const DeleteUnitFormerNamePayload = Payload<string>('DeleteUnitFormerName', 'deletedId', () => ID, 'Kết quả xóa tên gọi trước đây.');

@Resolver(() => UnitFormerName)
export class UnitFormerNameResolver {
  @PayloadMutation(() => UnitFormerNamePayload, 'Ghi nhận một tên gọi trước đây của đơn vị (cán bộ sửa được đơn vị thì ghi được).')
  addUnitFormerName(@Arg('input', { description: 'Tên gọi trước đây.' }) input: AddUnitFormerNameInput, @Ctx() ctx: Context) {
    return ctx.services.unitFormerNames.add(ctx.actor, input);
  }

  @PayloadMutation(() => UnitFormerNamePayload, 'Sửa một tên gọi trước đây.')
  updateUnitFormerName(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateUnitFormerNameInput, @Ctx() ctx: Context) {
    return ctx.services.unitFormerNames.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteUnitFormerNamePayload, 'Xóa một tên gọi trước đây.')
  deleteUnitFormerName(
    @Arg('id', () => ID, { description: 'Mã tên gọi trước đây cần xóa.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.unitFormerNames.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị (unit).' })
  unit(@Root() name: UnitFormerName, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(name.unitId);
  }
}
