import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Bloc } from '../bloc/entities.js';
import { Event } from '../event/entities.js';
import { Movement } from '../movement/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantCriterion } from './covenant-criterion.entity.js';
import { outlineOf } from './covenant-criterion.tree.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';
import { CovenantsArgs, CreateCovenantInput, SetCovenantSigningEventInput, UpdateCovenantInput } from './covenant.inputs.js';
import { allCriteriaOf, countsOf, movementsOfCovenant, signaturesOf, unsignedMembersOf } from './covenant.loaders.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const CovenantConnection = Connection(Covenant);
export const CovenantPayload = Payload<Covenant>('Covenant', 'covenant', () => Covenant, 'Kết quả tạo, sửa giao ước hoặc thay đổi chữ ký (covenant payload).');
const DeleteCovenantPayload = Payload<string>('DeleteCovenant', 'deletedId', () => ID, 'Kết quả xóa giao ước (delete covenant payload).');

@Resolver(() => Covenant)
export class CovenantResolver {
  @Query(() => Covenant, { description: 'Một giao ước thi đua theo mã (covenant).' })
  covenant(@Arg('id', () => ID, { description: 'Mã giao ước.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.covenants.get(ctx.actor, id);
  }

  @Query(() => CovenantConnection, { description: 'Danh sách giao ước thi đua (covenants): lọc theo khối, năm, trạng thái; sắp xếp; phân trang.' })
  async covenants(@Args() args: CovenantsArgs, @Ctx() ctx: Context) {
    return toConnection(CovenantConnection, await ctx.services.covenants.list(ctx.actor, args));
  }

  @PayloadMutation(() => CovenantPayload, 'Tạo giao ước thi đua của một khối trong một năm (create covenant); trùng khối và năm là DUPLICATE.')
  createCovenant(@Arg('input', { description: 'Dữ liệu giao ước.' }) input: CreateCovenantInput, @Ctx() ctx: Context) {
    return ctx.services.covenants.create(ctx.actor, input);
  }

  @PayloadMutation(() => CovenantPayload, 'Sửa giao ước (update covenant); trạng thái đổi qua transitionCovenant.')
  updateCovenant(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateCovenantInput, @Ctx() ctx: Context) {
    return ctx.services.covenants.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteCovenantPayload, 'Xóa giao ước cùng các tiêu chí và chữ ký của nó (delete covenant).')
  deleteCovenant(@Arg('id', () => ID, { description: 'Mã giao ước.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.covenants.delete(ctx.actor, id, expectedVersion);
  }

  @PayloadMutation(() => CovenantPayload, 'Gắn hoặc bỏ hội nghị ký kết giao ước (set signing event).')
  setCovenantSigningEvent(@Arg('input', { description: 'Giao ước và hội nghị.' }) input: SetCovenantSigningEventInput, @Ctx() ctx: Context) {
    return ctx.services.covenants.setSigningEvent(ctx.actor, input);
  }

  @FieldResolver(() => Bloc, { description: 'Khối thi đua (bloc).' })
  bloc(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Bloc).load(covenant.blocId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Hội nghị ký kết (signing event).' })
  signingEvent(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Event, covenant.signingEventId);
  }

  @FieldResolver(() => [Movement], { description: 'Các phong trào giao ước hưởng ứng chung (movements), theo tên.' })
  movements(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return movementsOfCovenant(ctx, covenant.id);
  }

  @FieldResolver(() => [CovenantCriterion], {
    description: 'Nhiệm vụ, tiêu chí (criteria) theo thứ tự đề mục: mỗi tiêu chí rồi đến các tiêu chí con (1, 2, 2.1, 2.2, 3…).',
  })
  async criteria(
    @Root() covenant: Covenant,
    @Ctx() ctx: Context,
    @Arg('topLevelOnly', { defaultValue: false, description: 'Chỉ các tiêu chí cấp cao nhất (top-level only); tiêu chí con lấy qua `children`.' })
    topLevelOnly: boolean,
  ) {
    const outline = outlineOf(await allCriteriaOf(ctx, covenant.id));
    return topLevelOnly ? (outline.children.get(null) ?? []) : outline.ordered;
  }

  @FieldResolver(() => [CovenantSignature], { description: 'Chữ ký của các đơn vị (signatures), theo ngày ký.' })
  signatures(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return signaturesOf(ctx, covenant.id);
  }

  @FieldResolver(() => [Unit], { description: 'Đơn vị thành viên của khối trong năm giao ước chưa ký (unsigned members), theo tên.' })
  unsignedMembers(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return unsignedMembersOf(ctx, covenant.id);
  }

  @FieldResolver(() => Int, { description: 'Số đơn vị đã ký (signed count).' })
  async signedCount(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return (await countsOf(ctx, covenant.id)).signed;
  }

  @FieldResolver(() => Int, { description: 'Số đơn vị thành viên của khối trong năm giao ước (member count).' })
  async memberCount(@Root() covenant: Covenant, @Ctx() ctx: Context) {
    return (await countsOf(ctx, covenant.id)).members;
  }
}
