import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Decision } from '../decision/entities.js';
import { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocMember } from './bloc-member.type.js';
import { BlocMembership } from './bloc-membership.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import { Bloc } from './bloc.entity.js';
import { BlocsArgs, CreateBlocInput, UpdateBlocInput } from './bloc.inputs.js';
import { childrenOf, leaderOf, leadersOfBloc, membersOf, membershipsOfBloc, roleHolder, yearRolesOfBloc } from './bloc.loaders.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const BlocConnection = Connection(Bloc);
const BlocPayload = Payload<Bloc>('Bloc', 'bloc', () => Bloc, 'Kết quả tạo hoặc sửa khối, cụm thi đua (bloc payload).');
const DeleteBlocPayload = Payload<string>('DeleteBloc', 'deletedId', () => ID, 'Kết quả xóa khối, cụm thi đua (delete bloc payload).');

@Resolver(() => Bloc)
export class BlocResolver {
  @Query(() => Bloc, { description: 'Một khối, cụm thi đua theo mã (bloc).' })
  bloc(@Arg('id', () => ID, { description: 'Mã toàn cục của khối (id).' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.blocs.get(ctx.actor, id);
  }

  @Query(() => BlocConnection, { description: 'Danh sách khối, cụm thi đua (blocs): lọc, tìm không dấu, sắp xếp, phân trang.' })
  async blocs(@Args() args: BlocsArgs, @Ctx() ctx: Context) {
    return toConnection(BlocConnection, await ctx.services.blocs.list(ctx.actor, args));
  }

  @PayloadMutation(() => BlocPayload, 'Tạo khối, cụm thi đua (create bloc); mã khối trùng trả về DUPLICATE.')
  createBloc(@Arg('input', { description: 'Dữ liệu khối mới (input).' }) input: CreateBlocInput, @Ctx() ctx: Context) {
    return ctx.services.blocs.create(ctx.actor, input);
  }

  @PayloadMutation(() => BlocPayload, 'Sửa khối, cụm thi đua (update bloc).')
  updateBloc(@Arg('input', { description: 'Các trường cần sửa (input).' }) input: UpdateBlocInput, @Ctx() ctx: Context) {
    return ctx.services.blocs.update(ctx.actor, input);
  }

  @PayloadMutation(
    () => DeleteBlocPayload,
    'Xóa khối, cụm thi đua (delete bloc) cùng thành viên, vai trò theo năm; IN_USE nếu còn giao ước, khen thưởng hay khối con.',
  )
  deleteBloc(
    @Arg('id', () => ID, { description: 'Mã khối cần xóa (id).' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.blocs.delete(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Bloc, { nullable: true, description: 'Khối, cụm cấp trên (parent).' })
  parent(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Bloc, bloc.parentId);
  }

  @FieldResolver(() => [Bloc], { description: 'Khối, cụm trực thuộc (children), theo tên.' })
  children(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return childrenOf(ctx.loaders, bloc.id);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Quyết định thành lập (founding decision), ví dụ 889/QĐ-UBND.' })
  foundingDecision(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Decision, bloc.foundingDecisionId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Tổ chức quản lý khối nội bộ (owner unit), với khối cấp ORGANIZATION.' })
  ownerUnit(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, bloc.ownerUnitId);
  }

  @FieldResolver(() => [BlocMembership], { description: 'Mọi tư cách thành viên qua các năm (memberships), theo năm bắt đầu rồi tên đơn vị.' })
  memberships(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return membershipsOfBloc(ctx.loaders, bloc.id);
  }

  @FieldResolver(() => [BlocMember], { description: 'Thành viên trong một năm (members), theo tên đơn vị, kèm vai trò và dẫn đầu năm đó.' })
  members(@Root() bloc: Bloc, @Arg('year', () => Int, { description: 'Năm (year).' }) year: number, @Ctx() ctx: Context) {
    return membersOf(ctx.loaders, bloc.id, year);
  }

  @FieldResolver(() => [BlocYearRole], { description: 'Trưởng khối, phó khối theo năm (year roles), năm mới nhất trước.' })
  yearRoles(
    @Root() bloc: Bloc,
    @Arg('year', () => Int, { nullable: true, description: 'Chỉ năm này (year); trống là mọi năm.' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return yearRolesOfBloc(ctx.loaders, bloc.id, year);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Trưởng khối của năm (head).' })
  head(@Root() bloc: Bloc, @Arg('year', () => Int, { description: 'Năm (year).' }) year: number, @Ctx() ctx: Context) {
    return roleHolder(ctx.loaders, bloc.id, year, 'HEAD');
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Phó khối của năm (deputy).' })
  deputy(@Root() bloc: Bloc, @Arg('year', () => Int, { description: 'Năm (year).' }) year: number, @Ctx() ctx: Context) {
    return roleHolder(ctx.loaders, bloc.id, year, 'DEPUTY');
  }

  @FieldResolver(() => [BlocLeader], { description: 'Đơn vị dẫn đầu khối các năm (leaders), năm mới nhất trước.' })
  leaders(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return leadersOfBloc(ctx.loaders, bloc.id);
  }

  @FieldResolver(() => BlocLeader, { nullable: true, description: 'Đơn vị dẫn đầu khối của một năm (leader); tách biệt với trưởng khối.' })
  leader(@Root() bloc: Bloc, @Arg('year', () => Int, { description: 'Năm (year).' }) year: number, @Ctx() ctx: Context) {
    return leaderOf(ctx.loaders, bloc.id, year);
  }
}
