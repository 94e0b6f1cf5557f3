import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { scoped } from '../../core/auth/scope.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Bloc } from '../bloc/entities.js';
import { Covenant } from '../covenant/entities.js';
import { Movement } from '../movement/entities.js';
import { Unit } from '../unit/entities.js';
import { User } from '../user/entities.js';
import { DossierLine } from './dossier-line.entity.js';
import { Dossier } from './dossier.entity.js';
import { CreateDossierInput, DossiersArgs, UpdateDossierInput } from './dossier.inputs.js';

export const DossierConnection = Connection(Dossier);
export const DossierPayload = Payload<Dossier>('Dossier', 'dossier', () => Dossier, 'Kết quả lập, sửa, chuyển hoặc tổng hợp hồ sơ (dossier payload).');
const DeleteDossierPayload = Payload<string>('DeleteDossier', 'deletedId', () => ID, 'Kết quả xóa hồ sơ (delete dossier payload).');

@Resolver(() => Dossier)
export class DossierResolver {
  @Query(() => Dossier, { description: 'Một hồ sơ đề nghị khen thưởng theo mã (dossier).' })
  dossier(@Arg('id', () => ID, { description: 'Mã hồ sơ.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.dossiers.get(ctx.actor, id);
  }

  @Query(() => DossierConnection, {
    description:
      'Hồ sơ đề nghị khen thưởng bạn được xem (dossiers): đơn vị thấy hồ sơ của mình, khối thấy hồ sơ của khối, Ban thấy tất cả; lọc, sắp xếp, phân trang.',
  })
  async dossiers(@Args() args: DossiersArgs, @Ctx() ctx: Context) {
    return toConnection(DossierConnection, await ctx.services.dossiers.list(ctx.actor, args));
  }

  @PayloadMutation(() => DossierPayload, 'Lập hồ sơ đề nghị khen thưởng của một đơn vị (create dossier); bắt đầu ở trạng thái chờ chuyển.')
  createDossier(@Arg('input', { description: 'Dữ liệu hồ sơ.' }) input: CreateDossierInput, @Ctx() ctx: Context) {
    return ctx.services.dossiers.create(ctx.actor, input);
  }

  @PayloadMutation(() => DossierPayload, 'Sửa hồ sơ (update dossier); đã gửi là DOSSIER_LOCKED; trạng thái đổi qua transitionDossier.')
  updateDossier(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateDossierInput, @Ctx() ctx: Context) {
    return ctx.services.dossiers.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteDossierPayload, 'Xóa hồ sơ chưa gửi cùng danh sách đề nghị (delete dossier); đã gửi là DOSSIER_LOCKED.')
  deleteDossier(@Arg('id', () => ID, { description: 'Mã hồ sơ.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.dossiers.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị đề nghị (proposing unit); trống với hồ sơ tổng hợp của khối, của Ban.' })
  proposingUnit(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, d.proposingUnitId);
  }

  @FieldResolver(() => Bloc, { nullable: true, description: 'Khối thi đua (bloc) hồ sơ gửi tới hoặc đã tổng hợp.' })
  bloc(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Bloc, d.blocId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Cơ quan cấp trên nhận hồ sơ (receiver unit).' })
  receiverUnit(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, d.receiverUnitId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị đang giữ hồ sơ (holder unit); trống khi khối hoặc Ban, Hội đồng đang giữ (xem currentLevel).',
  })
  holderUnit(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, d.holderUnitId);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào thi đua (movement).' })
  movement(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Movement, d.movementId);
  }

  @FieldResolver(() => Covenant, { nullable: true, description: 'Giao ước thi đua (covenant).' })
  covenant(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Covenant, d.covenantId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Chuyên viên được phân công (specialist).' })
  specialist(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(User, d.specialistId);
  }

  @FieldResolver(() => Dossier, { nullable: true, description: 'Hồ sơ tổng hợp chứa hồ sơ này (merged into), khi đã tổng hợp.' })
  mergedInto(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Dossier, d.mergedIntoId);
  }

  @FieldResolver(() => [DossierLine], { description: 'Danh sách đề nghị (lines), theo số thứ tự.' })
  lines(@Root() d: Dossier, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, DossierLine>(
        'dossier:lines',
        (ids) =>
          scoped(ctx.loaders.db.getRepository(DossierLine).createQueryBuilder('l').where('l.dossierId IN (:...ids)', { ids }), ctx.actor, DossierLine.name)
            .orderBy('l.position')
            .addOrderBy('l.id')
            .getMany(),
        (l) => l.dossierId,
      )
      .load(d.id);
  }
}
