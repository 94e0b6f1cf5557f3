import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Bloc } from '../bloc/entities.js';
import { Event } from '../event/entities.js';
import { Unit } from '../unit/entities.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { Covenant } from './covenant.entity.js';

/** Covenant fields on other features' types, each batched per request. */

@Resolver(() => Bloc)
export class BlocCovenantsResolver {
  @FieldResolver(() => [Covenant], { description: 'Giao ước thi đua của khối (covenants), năm mới nhất trước.' })
  covenants(@Root() bloc: Bloc, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, Covenant>(
        'Bloc.covenants',
        (ids) => ctx.db.getRepository(Covenant).createQueryBuilder('c').where('c.blocId IN (:...ids)', { ids }).orderBy('c.year', 'DESC').getMany(),
        (c) => c.blocId,
      )
      .load(bloc.id);
  }

  @FieldResolver(() => Covenant, { nullable: true, description: 'Giao ước của khối trong một năm (covenant of a year); null nếu chưa có.' })
  async covenant(@Root() bloc: Bloc, @Arg('year', () => Int, { description: 'Năm giao ước.' }) year: number, @Ctx() ctx: Context) {
    const [covenant] = await ctx.loaders
      .group<string, Covenant>(
        `Bloc.covenant:${year}`,
        (ids) => ctx.db.getRepository(Covenant).createQueryBuilder('c').where('c.blocId IN (:...ids)', { ids }).andWhere('c.year = :year', { year }).getMany(),
        (c) => c.blocId,
      )
      .load(bloc.id);
    return covenant ?? null;
  }
}

@Resolver(() => Unit)
export class UnitCovenantsResolver {
  @FieldResolver(() => [CovenantSignature], { description: 'Các giao ước đơn vị đã ký (covenant signatures), năm mới nhất trước.' })
  covenantSignatures(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, CovenantSignature>(
        'Unit.covenantSignatures',
        (ids) =>
          ctx.db
            .getRepository(CovenantSignature)
            .createQueryBuilder('s')
            .innerJoin(Covenant, 'c', 'c.id = s.covenantId')
            .where('s.unitId IN (:...ids)', { ids })
            .orderBy('c.year', 'DESC')
            .addOrderBy('s.id')
            .getMany(),
        (s) => s.unitId,
      )
      .load(unit.id);
  }
}

@Resolver(() => Event)
export class EventCovenantsResolver {
  @FieldResolver(() => [Covenant], { description: 'Các giao ước được ký tại hội nghị này (covenants signed here).' })
  covenants(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders
      .group<string, Covenant>(
        'Event.covenants',
        (ids) =>
          ctx.db
            .getRepository(Covenant)
            .createQueryBuilder('c')
            .where('c.signingEventId IN (:...ids)', { ids })
            .orderBy('c.year', 'DESC')
            .addOrderBy('c.id')
            .getMany(),
        (c) => c.signingEventId!,
      )
      .load(event.id);
  }
}
