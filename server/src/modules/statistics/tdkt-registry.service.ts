import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { scoped } from '../../core/auth/scope.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, requireNotNull, resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate, type ListSpec } from '../../core/graphql/list.js';
import { OrderDirection } from '../../core/graphql/order.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { Unit } from '../unit/entities.js';
import { TdktOfficer } from './tdkt-officer.entity.js';
import { TdktOrganization } from './tdkt-organization.entity.js';
import type {
  CreateTdktOfficerInput,
  CreateTdktOrganizationInput,
  TdktOfficersArgs,
  TdktOrganizationsArgs,
  UpdateTdktOfficerInput,
  UpdateTdktOrganizationInput,
} from './tdkt-registry.inputs.js';

const organizationList: ListSpec<TdktOrganization> = {
  alias: 'o',
  fields: {},
  orders: { NAME: { expr: 'o.name', value: (o) => o.name } },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};

const officerList: ListSpec<TdktOfficer> = {
  alias: 'f',
  fields: { organizationId: { expr: 'f.organization_id', kind: 'id', idType: 'TdktOrganization' } },
  orders: { NAME: { expr: 'f.full_name', value: (f) => f.fullName } },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
};

const OFFICER_FIELDS = ['fullName', 'gender', 'birthYear', 'trainingLevel', 'tdktStartYear', 'note'] as const;

/**
 * The registry behind forms 0604 and 0605: the organisations doing emulation and commendation work
 * and their civil servants. The Board keeps it; every reader sees the organisations, the civil
 * servants as personal data (the Board's readers, or a unit's officer for its own unit's).
 */
export class TdktRegistryService {
  constructor(private readonly db: DataSource) {}

  organizations(actor: Actor, args: TdktOrganizationsArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(TdktOrganization).createQueryBuilder('o'), organizationList, args);
  }

  officers(actor: Actor, args: TdktOfficersArgs) {
    requireRead(actor);
    return paginate(scoped(this.db.getRepository(TdktOfficer).createQueryBuilder('f'), actor, TdktOfficer.name), officerList, args);
  }

  createOrganization(actor: Actor, input: CreateTdktOrganizationInput): Promise<TdktOrganization> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      problems.throwIfAny();
      return em.save(em.create(TdktOrganization, { name: input.name.trim(), kind: input.kind, unitId: unit?.id ?? null, note: input.note ?? null }));
    });
  }

  updateOrganization(actor: Actor, input: UpdateTdktOrganizationInput): Promise<TdktOrganization> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const org = await loadForUpdate(em, TdktOrganization, input, problems);
      requireNotNull(input, ['name', 'kind'], problems);
      if (input.unitId !== undefined) org.unitId = (await resolveRef(em, Unit, input.unitId, 'unitId', problems))?.id ?? null;
      problems.throwIfAny();
      applyPatch(org, input as Partial<TdktOrganization>, ['name', 'kind', 'note']);
      return em.save(org);
    });
  }

  deleteOrganization(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const org = await loadForDelete(em, TdktOrganization, id, expectedVersion, problems);
      if (await em.existsBy(TdktOfficer, { organizationId: org.id }))
        problems.add('id', 'TDKT_ORGANIZATION_IN_USE', 'Tổ chức còn công chức làm công tác thi đua, khen thưởng: chuyển hoặc xóa các công chức trước.');
      problems.throwIfAny();
      await removeRecords(em, TdktOrganization, { id: org.id });
      return id;
    });
  }

  createOfficer(actor: Actor, input: CreateTdktOfficerInput): Promise<TdktOfficer> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const org = await resolveRef(em, TdktOrganization, input.organizationId, 'organizationId', problems);
      checkYears(input.birthYear ?? null, input.tdktStartYear ?? null, problems);
      problems.throwIfAny();
      return em.save(
        em.create(TdktOfficer, {
          fullName: input.fullName.trim(),
          organizationId: org!.id,
          gender: input.gender ?? null,
          birthYear: input.birthYear ?? null,
          trainingLevel: input.trainingLevel ?? null,
          tdktStartYear: input.tdktStartYear ?? null,
          note: input.note ?? null,
        }),
      );
    });
  }

  updateOfficer(actor: Actor, input: UpdateTdktOfficerInput): Promise<TdktOfficer> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const officer = await loadForUpdate(em, TdktOfficer, input, problems);
      requireNotNull(input, ['fullName', 'organizationId'], problems);
      if (input.organizationId)
        officer.organizationId = (await resolveRef(em, TdktOrganization, input.organizationId, 'organizationId', problems))?.id ?? officer.organizationId;
      const birth = input.birthYear !== undefined ? input.birthYear : officer.birthYear;
      const start = input.tdktStartYear !== undefined ? input.tdktStartYear : officer.tdktStartYear;
      checkYears(birth, start, problems);
      problems.throwIfAny();
      applyPatch(officer, input as Partial<TdktOfficer>, [...OFFICER_FIELDS]);
      return em.save(officer);
    });
  }

  deleteOfficer(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const officer = await loadForDelete(em, TdktOfficer, id, expectedVersion, new Problems());
      await removeRecords(em, TdktOfficer, { id: officer.id });
      return id;
    });
  }
}

/** Nobody starts the work before being born. */
function checkYears(birthYear: number | null, startYear: number | null, problems: Problems): void {
  if (birthYear != null && startYear != null && startYear < birthYear)
    problems.add('tdktStartYear', 'OUT_OF_RANGE', 'Năm bắt đầu làm công tác thi đua, khen thưởng không được trước năm sinh.');
}
