import type { EntityManager } from 'typeorm';
import { fold } from '@thidua/shared';
import type { Problems } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Unit } from './unit.entity.js';

/** The key space of the unit-name locks (two-integer advisory locks; commendations use 72001). */
const LOCK_NAMESPACE = 72_002;

export interface UnitPlace {
  name: string;
  parentId: string | null;
  area: string | null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Unit names are not unique in the database (two "Hội Nông dân" of two districts are two units),
 * but the same name under the same parent unit and in the same area, ignoring case and
 * diacritics, is most likely the same unit entered twice: a DUPLICATE at `name` naming the
 * existing unit (its ID in `recordId`), unless the caller confirms with `allowDuplicate`.
 * A lock on the folded name serialises two officers entering it at once.
 */
export async function checkUnitName(em: EntityManager, place: UnitPlace, problems: Problems, except?: string): Promise<void> {
  const name = fold(place.name);
  if (!name) return;
  await em.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_NAMESPACE, name]);
  // search_text starts with the folded name (then the short name): a prefix match narrows, the fold decides.
  const candidates = await em
    .getRepository(Unit)
    .createQueryBuilder('u')
    .where('u.parent_id IS NOT DISTINCT FROM :parentId', { parentId: place.parentId })
    .andWhere(`u.search_text LIKE :prefix ESCAPE '\\'`, { prefix: `${escapeLike(name)}%` })
    .andWhere('u.id IS DISTINCT FROM :except', { except: except ?? null })
    .orderBy('u.created_at')
    .getMany();
  const area = fold(place.area ?? '');
  const same = candidates.find((u) => fold(u.name) === name && fold(u.area ?? '') === area);
  if (!same) return;
  const where = [place.parentId ? 'cùng đơn vị cấp trên' : null, area ? `cùng địa bàn ${same.area}` : null].filter(Boolean).join(', ');
  problems.add(
    'name',
    'DUPLICATE',
    `Đã có đơn vị "${same.name}"${where ? ` (${where})` : ''}. Nếu đây là một đơn vị khác, hãy xác nhận để vẫn lưu.`,
    toGlobalId(Unit.name, same.id),
  );
}
