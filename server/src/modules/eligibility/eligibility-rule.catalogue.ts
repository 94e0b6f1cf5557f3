import { In, type EntityManager } from 'typeorm';
import type { RuleMark, SubjectKind } from '@thidua/shared';
import { recordInsertedRows } from '../../core/changes/capture.js';
import { AppMeta } from '../../core/db/app-meta.entity.js';
import type { Condition } from './condition/condition.types.js';
import { factsOf } from './condition/evaluate.js';
import { EligibilityRule } from './eligibility-rule.entity.js';

/**
 * The rules of WORKFLOW.md §3 as data, revision 1 each. Thresholds marked [M] there (the 50% and
 * 70% of collective titles, counts) are in the conditions, so the Board changes them by revising
 * the rule, not the code. "Law" = Luật Thi đua, khen thưởng 06/2022/QH15.
 */
export interface RuleEntry {
  code: string;
  titleVi: string;
  awardTypeCodes: string[];
  subjectKinds: SubjectKind[];
  condition: Condition;
  sourceDocument: string;
  article: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  mark: RuleMark;
  note?: string;
}

const LAW = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const I: SubjectKind[] = ['INDIVIDUAL'];
const C: SubjectKind[] = ['COLLECTIVE'];
const CSTDCS = 'CHIEN_SI_THI_DUA_CO_SO';
const LDTT = 'LAO_DONG_TIEN_TIEN';
const rule = (
  code: string,
  titleVi: string,
  awardTypeCodes: string[],
  subjectKinds: SubjectKind[],
  condition: Condition,
  sourceDocument: string,
  article: string | null,
  effectiveFrom: string,
  effectiveTo: string | null,
  mark: RuleMark,
  note?: string,
): RuleEntry => ({
  code,
  titleVi,
  awardTypeCodes,
  subjectKinds,
  condition,
  sourceDocument,
  article,
  effectiveFrom,
  effectiveTo,
  mark,
  ...(note ? { note } : {}),
});

export const RULE_CATALOGUE: readonly RuleEntry[] = [
  rule(
    'ONE_ACH',
    'Một thành tích chỉ được khen thưởng một lần',
    [],
    [],
    { fact: 'awardsInYear', title: '$award', atMost: 0 },
    LAW,
    'Điều 5 (suy luận)',
    '2024-01-01',
    null,
    'V',
  ),
  rule(
    'INIT_ONCE',
    'Mỗi sáng kiến chỉ làm căn cứ cho một khen thưởng',
    [],
    I,
    { fact: 'principle', note: 'Chỉ tính sáng kiến chưa dùng; dùng một sáng kiến lần thứ hai bị từ chối (sổ theo dõi sáng kiến)' },
    'Công văn 5007/BNV-TĐKT',
    null,
    '2023-09-01',
    null,
    'V',
  ),
  rule(
    'NO_PREREQ',
    'Không bắt buộc có hình thức thấp hơn, trừ khi quy định',
    [],
    [],
    { fact: 'principle', note: 'Không yêu cầu đã có hình thức khen thưởng thấp hơn (Nghị định 152/2025/NĐ-CP Điều 4)' },
    'Nghị định 152/2025/NĐ-CP',
    'Điều 4',
    '2025-07-01',
    null,
    'V',
  ),
  rule(
    'LDTT',
    'Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên, chấp hành tốt',
    [LDTT],
    I,
    {
      all: [
        { fact: 'ratingStreak', rating: 'GOOD', atLeast: 1 },
        { fact: 'disciplineCount', within: 1, atMost: 0 },
      ],
    },
    LAW,
    'Điều 24 (suy luận)',
    '2024-01-01',
    null,
    'M',
  ),
  rule(
    'CSTDCS',
    'Chiến sĩ thi đua cơ sở: Lao động tiên tiến và có sáng kiến hoặc đề tài cấp cơ sở',
    [CSTDCS],
    I,
    {
      all: [
        { fact: 'consecutiveYears', title: LDTT, atLeast: 1 },
        { fact: 'unusedInitiatives', level: 'GRASSROOTS', atLeast: 1 },
      ],
    },
    LAW,
    'Điều 23 (suy luận)',
    '2024-01-01',
    null,
    'V',
    'Luật 06/2026/QH16 có thể sửa (chưa kiểm chứng).',
  ),
  rule(
    'CSTDCS_15',
    'Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến của đơn vị',
    [CSTDCS],
    I,
    { fact: 'unitTitleShare', title: CSTDCS, of: LDTT, atMost: 0.15 },
    'Quy định trước Luật 06/2022/QH15',
    null,
    '2014-01-01',
    '2023-12-31',
    'V',
  ),
  rule(
    'CSTD_T',
    'Chiến sĩ thi đua cấp tỉnh: 3 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến cấp tỉnh',
    ['CHIEN_SI_THI_DUA_CAP_TINH'],
    I,
    {
      all: [
        { fact: 'consecutiveYears', title: CSTDCS, atLeast: 3 },
        { fact: 'unusedInitiatives', level: 'PROVINCE', atLeast: 1 },
      ],
    },
    LAW,
    'Điều 22 (suy luận)',
    '2024-01-01',
    null,
    'R',
  ),
  rule(
    'CSTD_TQ',
    'Chiến sĩ thi đua toàn quốc: 2 lần liên tục Chiến sĩ thi đua cấp tỉnh và sáng kiến toàn quốc',
    ['CHIEN_SI_THI_DUA_TOAN_QUOC'],
    I,
    {
      all: [
        { fact: 'consecutiveYears', title: 'CHIEN_SI_THI_DUA_CAP_TINH', atLeast: 2 },
        { fact: 'unusedInitiatives', level: 'NATIONAL', atLeast: 1 },
      ],
    },
    LAW,
    'Điều 21',
    '2024-01-01',
    null,
    'V',
  ),
  rule(
    'VOTE_90',
    'Hội đồng bỏ phiếu kín, đạt từ 90% tổng số thành viên',
    ['CHIEN_SI_THI_DUA_CAP_TINH', 'CHIEN_SI_THI_DUA_TOAN_QUOC'],
    I,
    { fact: 'ballotShare', atLeast: 0.9 },
    'Nghị định 91/2017/NĐ-CP',
    'Điều 45',
    '2017-10-01',
    '2023-12-31',
    'V',
  ),
  rule(
    'BK_T',
    'Bằng khen cấp tỉnh: 2 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm hoàn thành xuất sắc và 2 sáng kiến chưa dùng',
    ['BANG_KHEN_CHU_TICH_UBND_TINH'],
    I,
    {
      any: [
        { fact: 'consecutiveYears', title: CSTDCS, atLeast: 2 },
        {
          all: [
            { fact: 'ratingStreak', rating: 'EXCELLENT', atLeast: 2 },
            { fact: 'unusedInitiatives', level: 'GRASSROOTS', atLeast: 2 },
          ],
        },
      ],
    },
    LAW,
    'Điều 74',
    '2024-01-01',
    null,
    'V',
  ),
  rule(
    'BK_TTG',
    'Bằng khen Thủ tướng: đã có Bằng khen cấp tỉnh, 5 năm liên tục hoàn thành tốt nhiệm vụ, trong đó 3 lần Chiến sĩ thi đua cơ sở',
    ['BANG_KHEN_THU_TUONG'],
    I,
    {
      all: [
        { fact: 'yearsWithTitle', title: 'BANG_KHEN_CHU_TICH_UBND_TINH', within: 50, atLeast: 1 },
        { fact: 'ratingStreak', rating: 'GOOD', atLeast: 5 },
        { fact: 'yearsWithTitle', title: CSTDCS, within: 5, atLeast: 3 },
      ],
    },
    LAW,
    'Điều 73',
    '2024-01-01',
    null,
    'V',
  ),
  rule(
    'CO_T',
    'Cờ thi đua cấp tỉnh: tập thể dẫn đầu khối, cụm thi đua qua bình xét',
    ['CO_THI_DUA_UBND_TINH'],
    C,
    { fact: 'leadsBloc' },
    LAW,
    'Điều 26 (suy luận)',
    '2024-01-01',
    null,
    'V',
    'Số cờ mỗi khối chưa kiểm chứng [M].',
  ),
  rule(
    'CO_CP',
    'Cờ thi đua của Chính phủ: không quá 20% số tập thể dẫn đầu khối, cụm',
    ['CO_THI_DUA_CHINH_PHU'],
    C,
    { all: [{ fact: 'leadsBloc' }, { fact: 'leaderQuotaShare', atMost: 0.2 }] },
    'Công văn 5007/BNV-TĐKT',
    null,
    '2023-01-01',
    null,
    'V',
  ),
  rule(
    'TTLDTT',
    'Tập thể lao động tiên tiến: từ 50% thành viên Lao động tiên tiến, không có kỷ luật',
    ['TAP_THE_LAO_DONG_TIEN_TIEN'],
    C,
    {
      all: [
        { fact: 'memberShareWithTitle', title: LDTT, atLeast: 0.5 },
        { fact: 'disciplineCount', within: 1, atMost: 0 },
      ],
    },
    LAW,
    'Điều 28 (suy luận)',
    '2024-01-01',
    null,
    'M',
  ),
  rule(
    'TTLDXS',
    'Tập thể lao động xuất sắc: 100% hoàn thành nhiệm vụ, từ 70% Lao động tiên tiến, có Chiến sĩ thi đua cơ sở, không kỷ luật',
    ['TAP_THE_LAO_DONG_XUAT_SAC'],
    C,
    {
      all: [
        { fact: 'memberShareRated', rating: 'COMPLETED', atLeast: 1 },
        { fact: 'memberShareWithTitle', title: LDTT, atLeast: 0.7 },
        { fact: 'memberCountWithTitle', title: CSTDCS, atLeast: 1 },
        { fact: 'disciplineCount', within: 1, atMost: 0 },
      ],
    },
    LAW,
    'Điều 27 (suy luận)',
    '2024-01-01',
    null,
    'M',
  ),
  rule(
    'EVID',
    'Hồ sơ bản chính hoặc bản sao chứng thực; biên bản ghi rõ khối dẫn đầu',
    [],
    [],
    { fact: 'review', note: 'Kiểm tra hồ sơ: bản chính hoặc bản sao chứng thực; biên bản họp khối ghi rõ khối, cụm được dẫn đầu' },
    'Công văn 5007/BNV-TĐKT; Công văn 3385',
    null,
    '2023-01-01',
    null,
    'V',
  ),
];

const OFFERED = 'eligibility_rules_offered';

/**
 * Adds catalogue rules this database has never been offered (like the award catalogue): rules
 * the Board revised or retired stay as they are, a deleted one does not come back. Safe at every
 * start; returns how many rows it inserted.
 */
export async function ensureRuleCatalogue(em: EntityManager): Promise<number> {
  return em.transaction(async (tx) => {
    await tx.query('LOCK TABLE app_meta IN EXCLUSIVE MODE');
    const meta = await tx.findOneBy(AppMeta, { key: OFFERED });
    const offered = new Set(Array.isArray(meta?.value) ? (meta.value as string[]) : []);
    const fresh = RULE_CATALOGUE.filter((entry) => !offered.has(entry.code));
    if (!fresh.length) return 0;
    const taken = new Set((await tx.find(EligibilityRule, { select: { code: true } })).map((r) => r.code));
    const rows = fresh
      .filter((e) => !taken.has(e.code))
      .map((e) => tx.create(EligibilityRule, { ...e, note: e.note ?? null, revision: 1, jurisdiction: 'NATIONAL', facts: factsOf(e.condition) }));
    if (rows.length) {
      const result = await tx.createQueryBuilder().insert().into(EligibilityRule).values(rows).returning(['id']).callListeners(false).execute();
      const ids = (result.raw as { id: string }[]).map((r) => r.id);
      recordInsertedRows(tx, EligibilityRule, await tx.findBy(EligibilityRule, { id: In(ids) }));
    }
    await tx.save(tx.create(AppMeta, { key: OFFERED, value: [...offered, ...fresh.map((e) => e.code)] }));
    return rows.length;
  });
}
