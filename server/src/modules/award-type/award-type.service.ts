import { toGlobalId } from '../../core/graphql/global-id.js';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { applyPatch, findByGlobalId, requireNotNull } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { paginate } from '../../core/graphql/list.js';
import { AwardType } from './award-type.entity.js';
import type { AwardTypesArgs, CreateAwardTypeInput, UpdateAwardTypeInput } from './award-type.inputs.js';
import { awardTypeList } from './award-type.list.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';

/** Codes are stored trimmed and in capitals, so "cthd_tinh" and "CTHD_TINH" are one code. */
export const normalizeCode = (code: string) => code.trim().toUpperCase();
const optionalText = (text: string | null | undefined) => (text == null ? text : text.trim() || null);

export class AwardTypeService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<AwardType> {
    requireRead(actor);
    return findByGlobalId(this.db.manager, AwardType, id);
  }

  byCode(actor: Actor, code: string): Promise<AwardType | null> {
    requireRead(actor);
    return this.db.manager.findOneBy(AwardType, { code: normalizeCode(code) });
  }

  list(actor: Actor, args: AwardTypesArgs) {
    requireRead(actor);
    return paginate(this.db.getRepository(AwardType).createQueryBuilder('a'), awardTypeList, args);
  }

  create(actor: Actor, input: CreateAwardTypeInput): Promise<AwardType> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const awardType = em.create(AwardType, {
        code: normalizeCode(input.code),
        nameVi: input.nameVi.trim(),
        nameEn: input.nameEn.trim(),
        category: input.category,
        subjectKinds: input.subjectKinds,
        level: input.level,
        legalBasis: optionalText(input.legalBasis) ?? null,
        cashMultiplier: input.cashMultiplier ?? null,
        rank: input.rank ?? 0,
        active: input.active ?? true,
      });
      await this.check(em, awardType, new Problems());
      return em.save(awardType);
    });
  }

  update(actor: Actor, input: UpdateAwardTypeInput): Promise<AwardType> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const awardType = await loadForUpdate(em, AwardType, input, problems);
      requireNotNull(input, ['code', 'nameVi', 'nameEn', 'category', 'subjectKinds', 'level', 'rank', 'active'], problems);
      problems.throwIfAny();
      const patch = {
        ...input,
        code: input.code && normalizeCode(input.code),
        nameVi: input.nameVi?.trim(),
        nameEn: input.nameEn?.trim(),
        legalBasis: optionalText(input.legalBasis),
      };
      applyPatch(awardType, patch as Partial<AwardType>, [
        'code',
        'nameVi',
        'nameEn',
        'category',
        'subjectKinds',
        'level',
        'legalBasis',
        'cashMultiplier',
        'rank',
        'active',
      ]);
      await this.check(em, awardType, problems);
      return em.save(awardType);
    });
  }

  /** IN_USE while a commendation grants it; retire it with `active: false` instead. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const awardType = await loadForDelete(em, AwardType, id, expectedVersion, new Problems());
      await removeRecords(em, AwardType, { id: awardType.id });
      return id;
    });
  }

  /** Blank names and a code already taken (the unique constraint backs this up). */
  private async check(em: EntityManager, awardType: AwardType, problems: Problems): Promise<void> {
    if (!awardType.nameVi) problems.add('nameVi', 'REQUIRED');
    if (!awardType.nameEn) problems.add('nameEn', 'REQUIRED');
    const taken = await em.findOneBy(AwardType, { code: awardType.code, ...(awardType.id ? { id: Not(awardType.id) } : {}) });
    if (taken) problems.add('code', 'DUPLICATE', `Mã ${awardType.code} đã được dùng cho "${taken.nameVi}".`, toGlobalId(AwardType.name, taken.id));
    problems.throwIfAny();
  }
}
