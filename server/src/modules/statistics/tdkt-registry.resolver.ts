import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Unit } from '../unit/entities.js';
import { TdktOfficer } from './tdkt-officer.entity.js';
import { TdktOrganization } from './tdkt-organization.entity.js';
import {
  CreateTdktOfficerInput,
  CreateTdktOrganizationInput,
  TdktOfficersArgs,
  TdktOrganizationsArgs,
  UpdateTdktOfficerInput,
  UpdateTdktOrganizationInput,
} from './tdkt-registry.inputs.js';

const TdktOrganizationConnection = Connection(TdktOrganization);
const TdktOfficerConnection = Connection(TdktOfficer);
const OrganizationPayload = Payload<TdktOrganization>('TdktOrganization', 'organization', () => TdktOrganization, 'Kết quả ghi tổ chức làm công tác TĐKT.');
const DeleteOrganizationPayload = Payload<string>('DeleteTdktOrganization', 'deletedId', () => ID, 'Kết quả xóa tổ chức làm công tác TĐKT.');
const OfficerPayload = Payload<TdktOfficer>('TdktOfficer', 'officer', () => TdktOfficer, 'Kết quả ghi công chức làm công tác TĐKT.');
const DeleteOfficerPayload = Payload<string>('DeleteTdktOfficer', 'deletedId', () => ID, 'Kết quả xóa công chức làm công tác TĐKT.');

@Resolver(() => TdktOrganization)
export class TdktOrganizationResolver {
  @Query(() => TdktOrganizationConnection, { description: 'Tổ chức làm công tác thi đua, khen thưởng (biểu 0604), theo tên.' })
  async tdktOrganizations(@Args() args: TdktOrganizationsArgs, @Ctx() ctx: Context) {
    return toConnection(TdktOrganizationConnection, await ctx.services.tdktRegistry.organizations(ctx.actor, args));
  }

  @PayloadMutation(() => OrganizationPayload, 'Thêm tổ chức làm công tác thi đua, khen thưởng (create TĐKT organisation); chỉ Ban.')
  createTdktOrganization(@Arg('input', { description: 'Dữ liệu tổ chức.' }) input: CreateTdktOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.tdktRegistry.createOrganization(ctx.actor, input);
  }

  @PayloadMutation(() => OrganizationPayload, 'Sửa tổ chức làm công tác TĐKT (update TĐKT organisation).')
  updateTdktOrganization(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateTdktOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.tdktRegistry.updateOrganization(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteOrganizationPayload, 'Xóa tổ chức làm công tác TĐKT (delete); còn công chức: TDKT_ORGANIZATION_IN_USE.')
  deleteTdktOrganization(
    @Arg('id', () => ID, { description: 'Mã tổ chức.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tdktRegistry.deleteOrganization(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị quản lý (unit).' })
  unit(@Root() org: TdktOrganization, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Unit, org.unitId);
  }
}

@Resolver(() => TdktOfficer)
export class TdktOfficerResolver {
  @Query(() => TdktOfficerConnection, { description: 'Công chức làm công tác thi đua, khen thưởng (biểu 0605), theo tên; dữ liệu cá nhân.' })
  async tdktOfficers(@Args() args: TdktOfficersArgs, @Ctx() ctx: Context) {
    return toConnection(TdktOfficerConnection, await ctx.services.tdktRegistry.officers(ctx.actor, args));
  }

  @PayloadMutation(() => OfficerPayload, 'Thêm công chức làm công tác thi đua, khen thưởng (create TĐKT civil servant); chỉ Ban.')
  createTdktOfficer(@Arg('input', { description: 'Dữ liệu công chức.' }) input: CreateTdktOfficerInput, @Ctx() ctx: Context) {
    return ctx.services.tdktRegistry.createOfficer(ctx.actor, input);
  }

  @PayloadMutation(() => OfficerPayload, 'Sửa công chức làm công tác TĐKT (update TĐKT civil servant).')
  updateTdktOfficer(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdateTdktOfficerInput, @Ctx() ctx: Context) {
    return ctx.services.tdktRegistry.updateOfficer(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteOfficerPayload, 'Xóa công chức làm công tác TĐKT (delete TĐKT civil servant).')
  deleteTdktOfficer(
    @Arg('id', () => ID, { description: 'Mã công chức.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tdktRegistry.deleteOfficer(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => TdktOrganization, { description: 'Tổ chức nơi công tác (organization).' })
  organization(@Root() officer: TdktOfficer, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TdktOrganization).load(officer.organizationId);
  }
}
