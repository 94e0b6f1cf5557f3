import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requireBlocWrite, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Unit } from '../unit/entities.js';
import { BlocLeader } from './bloc-leader.entity.js';
import { BlocYearRole } from './bloc-year-role.entity.js';
import type { ClearBlocLeaderInput, RecordBlocLeaderInput, SetBlocYearRolesInput } from './bloc-year.inputs.js';
import { Bloc } from './bloc.entity.js';
import { isMemberIn, lockBloc, saveBlocLeader } from './bloc.repository.js';

type YearlyRole = BlocYearRole['role'];

const notMember = (year: number) => `Đơn vị không phải thành viên của khối trong năm ${year}.`;

/**
 * What a bloc decides each year: its head and deputy (rotating) and, separately, its leading
 * unit (chosen by vote at year end). Every one of them must be a member of the bloc that year.
 */
export class BlocYearService {
  constructor(private readonly db: DataSource) {}

  /** Head and deputy of one year: a field not sent stays as it is, null clears it. */
  setYearRoles(actor: Actor, input: SetBlocYearRolesInput): Promise<Bloc> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      if (bloc) requireBlocWrite(actor, bloc.id);
      const sent = {
        HEAD: { field: 'headUnitId', id: input.headUnitId },
        DEPUTY: { field: 'deputyUnitId', id: input.deputyUnitId },
      } satisfies Record<YearlyRole, unknown>;
      const wanted = new Map<YearlyRole, string | null>();
      for (const [role, { field, id }] of Object.entries(sent) as [YearlyRole, { field: string; id?: string | null }][]) {
        if (id === undefined) continue;
        const unit = await resolveRef(em, Unit, id, field, problems);
        if (id === null || unit) wanted.set(role, unit?.id ?? null);
      }
      problems.throwIfAny();
      await lockBloc(em, bloc!.id);

      for (const [role, unitId] of wanted) {
        if (unitId && !(await isMemberIn(em, bloc!.id, unitId, input.year))) problems.add(sent[role].field, 'NOT_A_MEMBER', notMember(input.year));
      }
      const current = await em.findBy(BlocYearRole, { blocId: bloc!.id, year: input.year });
      const holder = (role: YearlyRole) => (wanted.has(role) ? wanted.get(role)! : (current.find((r) => r.role === role)?.unitId ?? null));
      if (holder('HEAD') && holder('HEAD') === holder('DEPUTY')) {
        problems.add(wanted.has('DEPUTY') ? 'deputyUnitId' : 'headUnitId', 'INVALID', 'Trưởng khối và phó khối phải là hai đơn vị khác nhau.');
      }
      problems.throwIfAny();

      for (const [role, unitId] of wanted) {
        await this.assign(
          em,
          current.find((r) => r.role === role),
          { blocId: bloc!.id, year: input.year, role, unitId },
        );
      }
      return bloc!;
    });
  }

  /** The leading unit of one year; replaces the one recorded before. */
  recordLeader(actor: Actor, input: RecordBlocLeaderInput): Promise<BlocLeader> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      if (bloc) requireBlocWrite(actor, bloc.id);
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      problems.throwIfAny();
      await lockBloc(em, bloc!.id);
      if (!(await isMemberIn(em, bloc!.id, unit!.id, input.year))) problems.add('unitId', 'NOT_A_MEMBER', notMember(input.year));
      problems.throwIfAny();
      return saveBlocLeader(em, bloc!.id, input.year, unit!.id, input.note ?? null);
    });
  }

  clearLeader(actor: Actor, input: ClearBlocLeaderInput): Promise<Bloc> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const bloc = await resolveRef(em, Bloc, input.blocId, 'blocId', problems);
      if (bloc) requireBlocWrite(actor, bloc.id);
      problems.throwIfAny();
      await lockBloc(em, bloc!.id);
      await removeRecords(em, BlocLeader, { blocId: bloc!.id, year: input.year });
      return bloc!;
    });
  }

  private async assign(em: EntityManager, existing: BlocYearRole | undefined, want: { blocId: string; year: number; role: YearlyRole; unitId: string | null }) {
    if (!want.unitId) {
      if (existing) await removeRecords(em, BlocYearRole, { id: existing.id });
    } else if (!existing) {
      await em.save(em.create(BlocYearRole, { ...want, unitId: want.unitId }));
    } else if (existing.unitId !== want.unitId) {
      existing.unitId = want.unitId;
      await em.save(existing);
    }
  }
}
