import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { DossierStatus } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import { paginate } from '../../core/graphql/list.js';
import { Dossier } from './dossier.entity.js';
import { DossierStatusEnum } from './dossier.enums.js';
import type { DossiersArgs } from './dossier.inputs.js';
import { dossierList } from './dossier.list.js';
import { waitingOn } from './dossier.scope.js';

@ObjectType({ description: 'Số hồ sơ chờ xử lý theo trạng thái (count per status).' })
export class DossierStatusCount {
  @Field(() => DossierStatusEnum, { description: 'Trạng thái.' }) status!: DossierStatus;
  @Field(() => Int, { description: 'Số hồ sơ.' }) count!: number;
}

/** The dossiers waiting on the viewer's level: one page of them, and counts over all of them (filters aside). */
export class DossierInboxService {
  constructor(private readonly db: DataSource) {}

  private waiting(actor: Actor) {
    const condition = waitingOn(actor, 'd');
    return scoped(this.db.getRepository(Dossier).createQueryBuilder('d').where(condition.sql, condition.params), actor, Dossier.name);
  }

  async counts(actor: Actor): Promise<{ byStatus: DossierStatusCount[]; totalCount: number; overdueCount: number }> {
    requireRead(actor);
    const rows: { status: DossierStatus; n: number; overdue: number }[] = await this.waiting(actor)
      .select('d.status', 'status')
      .addSelect('COUNT(*)::int', 'n')
      .addSelect('(COUNT(*) FILTER (WHERE d.due_on < CURRENT_DATE))::int', 'overdue')
      .groupBy('d.status')
      .getRawMany();
    return {
      byStatus: rows.map((r) => ({ status: r.status, count: r.n })),
      totalCount: rows.reduce((sum, r) => sum + r.n, 0),
      overdueCount: rows.reduce((sum, r) => sum + r.overdue, 0),
    };
  }

  /** Async, so a refused caller is a rejected promise like counts', never a throw beside it (Promise.all). */
  async page(actor: Actor, args: DossiersArgs) {
    requireRead(actor);
    return paginate(this.waiting(actor), dossierList, args);
  }
}
