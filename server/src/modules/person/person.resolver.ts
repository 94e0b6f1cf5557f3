import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, toConnection } from '../../core/graphql/connection.js';
import { nestedConnection } from '../../core/graphql/nested.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { PersonAffiliation } from './person-affiliation.entity.js';
import { Person } from './person.entity.js';
import { AddPersonAffiliationInput, CreatePersonInput, EndPersonAffiliationInput, PeopleArgs, UnitPeopleArgs, UpdatePersonInput } from './person.inputs.js';
import { unitPeopleList } from './person.list.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';

export const PersonConnection = Connection(Person);
const PersonPayload = Payload<Person>('Person', 'person', () => Person, 'Kết quả tạo hoặc sửa cá nhân (person payload).');
const DeletePersonPayload = Payload<string>('DeletePerson', 'deletedId', () => ID, 'Kết quả xóa cá nhân (delete person payload).');
const AffiliationPayload = Payload<PersonAffiliation>(
  'PersonAffiliation',
  'affiliation',
  () => PersonAffiliation,
  'Kết quả thêm hoặc kết thúc quá trình công tác (affiliation payload).',
);
const DeleteAffiliationPayload = Payload<string>(
  'DeletePersonAffiliation',
  'deletedId',
  () => ID,
  'Kết quả xóa quá trình công tác (delete affiliation payload).',
);

/** A person's affiliations, newest first: current ones first, then by end and start date. */
function affiliationsOf(ctx: Context, personId: string): Promise<PersonAffiliation[]> {
  return ctx.loaders
    .group<string, PersonAffiliation>(
      'Person.affiliations',
      (ids) =>
        ctx.db
          .getRepository(PersonAffiliation)
          .createQueryBuilder('a')
          .where('a.personId IN (:...ids)', { ids })
          .orderBy('a.endedOn', 'DESC', 'NULLS FIRST')
          .addOrderBy('a.startedOn', 'DESC', 'NULLS LAST')
          .addOrderBy('a.createdAt', 'DESC')
          .getMany(),
      (a) => a.personId,
    )
    .load(personId);
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'Một cá nhân theo mã (person); NOT_FOUND nếu không có.' })
  person(@Arg('id', () => ID, { description: 'Mã toàn cục của cá nhân.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.people.get(ctx.actor, id);
  }

  @Query(() => PersonConnection, { description: 'Danh sách cá nhân (people): lọc, tìm không dấu theo họ tên, sắp xếp, phân trang.' })
  async people(@Args() args: PeopleArgs, @Ctx() ctx: Context) {
    return toConnection(PersonConnection, await ctx.services.people.list(ctx.actor, args));
  }

  @PayloadMutation(() => PersonPayload, 'Tạo cá nhân (create person); có unitId thì ghi luôn quá trình công tác đầu tiên.')
  createPerson(@Arg('input', { description: 'Dữ liệu cá nhân.' }) input: CreatePersonInput, @Ctx() ctx: Context) {
    return ctx.services.people.create(ctx.actor, input);
  }

  @PayloadMutation(() => PersonPayload, 'Sửa cá nhân (update person).')
  updatePerson(@Arg('input', { description: 'Các trường cần sửa.' }) input: UpdatePersonInput, @Ctx() ctx: Context) {
    return ctx.services.people.update(ctx.actor, input);
  }

  @PayloadMutation(() => DeletePersonPayload, 'Xóa cá nhân cùng quá trình công tác (delete person); IN_USE nếu đã có khen thưởng.')
  deletePerson(@Arg('id', () => ID, { description: 'Mã cá nhân.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.people.delete(ctx.actor, id, expectedVersion);
  }

  @PayloadMutation(() => AffiliationPayload, 'Thêm quá trình công tác (add affiliation); giai đoạn tại cùng đơn vị không được chồng lấn (DUPLICATE).')
  addPersonAffiliation(@Arg('input', { description: 'Quá trình công tác.' }) input: AddPersonAffiliationInput, @Ctx() ctx: Context) {
    return ctx.services.people.addAffiliation(ctx.actor, input);
  }

  @PayloadMutation(() => AffiliationPayload, 'Kết thúc quá trình công tác (end affiliation): chuyển công tác, nghỉ hưu.')
  endPersonAffiliation(@Arg('input', { description: 'Quá trình công tác và ngày kết thúc.' }) input: EndPersonAffiliationInput, @Ctx() ctx: Context) {
    return ctx.services.people.endAffiliation(ctx.actor, input);
  }

  @PayloadMutation(() => DeleteAffiliationPayload, 'Xóa quá trình công tác nhập nhầm (delete affiliation).')
  deletePersonAffiliation(
    @Arg('id', () => ID, { description: 'Mã quá trình công tác.' }) id: string,
    @ExpectedVersionArg() expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.people.deleteAffiliation(ctx.actor, id, expectedVersion);
  }

  @FieldResolver(() => [PersonAffiliation], { description: 'Quá trình công tác (affiliations), mới nhất trước: đang công tác trước, rồi theo ngày.' })
  affiliations(@Root() person: Person, @Ctx() ctx: Context) {
    return affiliationsOf(ctx, person.id);
  }

  @FieldResolver(() => PersonAffiliation, {
    nullable: true,
    description: 'Quá trình công tác hiện tại (current affiliation); kiêm nhiệm thì lấy cái bắt đầu gần nhất.',
  })
  async currentAffiliation(@Root() person: Person, @Ctx() ctx: Context) {
    return (await affiliationsOf(ctx, person.id)).find((a) => a.endedOn === null) ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị đang công tác (current unit), theo quá trình công tác hiện tại.' })
  async unit(@Root() person: Person, @Ctx() ctx: Context) {
    const current = (await affiliationsOf(ctx, person.id)).find((a) => a.endedOn === null);
    return ctx.loaders.ref(Unit, current?.unitId);
  }
}

@Resolver(() => PersonAffiliation)
export class PersonAffiliationResolver {
  @FieldResolver(() => Person, { description: 'Cá nhân (person).' })
  person(@Root() affiliation: PersonAffiliation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Person).load(affiliation.personId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị (unit).' })
  unit(@Root() affiliation: PersonAffiliation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(affiliation.unitId);
  }
}

@Resolver(() => Unit)
export class UnitPeopleResolver {
  @FieldResolver(() => PersonConnection, { description: 'Cá nhân đang công tác tại đơn vị (people): lọc, tìm không dấu, phân trang; mặc định theo họ tên.' })
  async people(@Root() unit: Unit, @Args() args: UnitPeopleArgs, @Ctx() ctx: Context) {
    const data = await nestedConnection(ctx.loaders, unitPeopleList(ctx.db), unit.id, args);
    return toConnection(PersonConnection, { ...data, nodes: data.nodes.map((a) => a.person) });
  }
}
