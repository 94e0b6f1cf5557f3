import { In, type EntityManager } from 'typeorm';
import type { AwardCategory, AwardLevel, SubjectKind } from '@thidua/shared';
import { recordInsertedRows } from '../../core/changes/capture.js';
import { AppMeta } from '../../core/db/app-meta.entity.js';
import { AwardType } from './award-type.entity.js';

/**
 * The standard catalogue of emulation titles and forms of commendation (DOMAIN.md §2, §6).
 * Codes are stable: other records and imports refer to them. Cash multipliers are the ones
 * §6 gives (Decree 152/2025); null where it gives none or the amount depends on the subject
 * (a certificate pays a collective twice what it pays an individual). "Hoàn thành xuất sắc
 * nhiệm vụ" is a yearly performance rating, not an award, so it is not listed.
 */
export interface CatalogueEntry {
  code: string;
  nameVi: string;
  nameEn: string;
  category: AwardCategory;
  subjectKinds: SubjectKind[];
  level: AwardLevel;
  legalBasis: string;
  cashMultiplier: number | null;
  rank: number;
  active: boolean;
}

const LAW = 'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP';
const OLD = 'Quy định trước ngày 01/01/2024 (Luật Thi đua, khen thưởng 2003, sửa đổi 2013); nay là Cờ thi đua của UBND tỉnh (Luật 06/2022/QH15)';
const C: SubjectKind = 'COLLECTIVE';
const I: SubjectKind = 'INDIVIDUAL';
const H: SubjectKind = 'HOUSEHOLD';

type Row = [code: string, nameVi: string, nameEn: string, subjects: SubjectKind[], level: AwardLevel, cash: number | null, rank: number];
const entries = (category: AwardCategory, rows: Row[], legalBasis = LAW, active = true): CatalogueEntry[] =>
  rows.map(([code, nameVi, nameEn, subjectKinds, level, cashMultiplier, rank]) => ({
    code,
    nameVi,
    nameEn,
    category,
    subjectKinds,
    level,
    legalBasis,
    cashMultiplier,
    rank,
    active,
  }));

export const AWARD_CATALOGUE: readonly CatalogueEntry[] = [
  ...entries('TITLE', [
    ['CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', [C], 'GOVERNMENT', 12, 86],
    ['CO_THI_DUA_BO', 'Cờ thi đua của Bộ, ban, ngành trung ương', 'Ministry Emulation Flag', [C], 'MINISTRY', 8, 70],
    ['CO_THI_DUA_UBND_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố', 'Provincial Emulation Flag', [C], 'PROVINCE', 8, 70],
    ['CHIEN_SI_THI_DUA_TOAN_QUOC', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', [I], 'GOVERNMENT', 4.5, 88],
    ['CHIEN_SI_THI_DUA_CAP_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'Provincial Emulation Fighter', [I], 'PROVINCE', 3, 65],
    ['CHIEN_SI_THI_DUA_CO_SO', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', [I], 'ORGANIZATION', 1, 40],
    ['LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến', 'Advanced Worker', [I], 'ORGANIZATION', 0.3, 20],
    ['TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', [C], 'PROVINCE', 1.5, 50],
    ['TAP_THE_LAO_DONG_TIEN_TIEN', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', [C], 'ORGANIZATION', 0.8, 25],
    ['GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'Cultured Family', [H], 'ORGANIZATION', null, 10],
  ]),
  ...entries(
    'TITLE',
    [
      [
        'CO_THI_DUA_XUAT_SAC_UBND_TINH',
        'Cờ thi đua xuất sắc của Ủy ban nhân dân tỉnh, thành phố',
        'Provincial Excellent Emulation Flag (before 2024)',
        [C],
        'PROVINCE',
        null,
        70,
      ],
    ],
    OLD,
    false,
  ),
  ...entries('FORM', [
    ['HUAN_CHUONG_LAO_DONG_HANG_NHAT', 'Huân chương Lao động hạng Nhất', 'Labour Order, First Class', [C, I], 'STATE', null, 100],
    ['HUAN_CHUONG_LAO_DONG_HANG_NHI', 'Huân chương Lao động hạng Nhì', 'Labour Order, Second Class', [C, I], 'STATE', null, 95],
    ['HUAN_CHUONG_LAO_DONG_HANG_BA', 'Huân chương Lao động hạng Ba', 'Labour Order, Third Class', [C, I], 'STATE', null, 90],
    ['HUY_CHUONG_HUU_NGHI', 'Huy chương Hữu nghị', 'Friendship Medal', [I], 'STATE', null, 82],
    ['BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificate of Merit", [C, I, H], 'GOVERNMENT', null, 80],
    ['BANG_KHEN_BO_TRUONG', 'Bằng khen của Bộ trưởng, Thủ trưởng cơ quan trung ương', "Minister's Certificate of Merit", [C, I, H], 'MINISTRY', null, 60],
    [
      'BANG_KHEN_CHU_TICH_UBND_TINH',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
      "Provincial Chairman's Certificate of Merit",
      [C, I, H],
      'PROVINCE',
      null,
      60,
    ],
    ['GIAY_KHEN', 'Giấy khen', 'Certificate of Commendation', [C, I, H], 'ORGANIZATION', null, 30],
    ['KY_NIEM_CHUONG', 'Kỷ niệm chương', 'Commemorative Medal', [I], 'MINISTRY', null, 45],
  ]),
  ...entries(
    'FORM',
    [
      [
        'KY_NIEM_CHUONG_PHAT_TRIEN_HTX',
        'Kỷ niệm chương "Vì sự nghiệp phát triển Hợp tác xã"',
        'Commemorative Medal "For the Development of Cooperatives"',
        [I],
        'MINISTRY',
        null,
        45,
      ],
    ],
    'Quy chế xét tặng Kỷ niệm chương của Liên minh Hợp tác xã Việt Nam; Luật Thi đua, khen thưởng 06/2022/QH15',
  ),
];

/** AppMeta key holding every catalogue code already offered to this database. */
const OFFERED = 'award_catalogue_offered';

/**
 * Adds catalogue entries this database has never been offered. Existing rows are never
 * touched (users may edit names, ranks, multipliers), a code a user created first wins, and
 * an entry a user deleted does not come back. Safe to run at every start; returns how many
 * rows it inserted.
 */
export async function ensureAwardCatalogue(em: EntityManager): Promise<number> {
  return em.transaction(async (tx) => {
    // Two servers starting together must not both read the same "offered" list.
    await tx.query('LOCK TABLE app_meta IN EXCLUSIVE MODE');
    const meta = await tx.findOneBy(AppMeta, { key: OFFERED });
    const offered = new Set(Array.isArray(meta?.value) ? (meta.value as string[]) : []);
    const fresh = AWARD_CATALOGUE.filter((entry) => !offered.has(entry.code));
    if (fresh.length === 0) return 0;
    const rows = fresh.map((entry) => tx.create(AwardType, { ...entry, subjectKinds: [...entry.subjectKinds] }));
    // Listeners are off for this insert (below), so run the entity's own hook here.
    for (const row of rows) row.refreshSearchText();
    const result = await tx.createQueryBuilder().insert().into(AwardType).values(rows).orIgnore().returning(['id']).callListeners(false).execute();
    // Codes that already exist are skipped and return no row: the event log gets exactly the rows inserted.
    const ids = (result.raw as { id: string }[]).map((row) => row.id);
    if (ids.length) recordInsertedRows(tx, AwardType, await tx.findBy(AwardType, { id: In(ids) }));
    await tx.save(tx.create(AppMeta, { key: OFFERED, value: [...offered, ...fresh.map((entry) => entry.code)] }));
    return ids.length;
  });
}
