import { InitiativeLevel, PerformanceRatingLevel } from '@thidua/shared';
import type { FactCondition, FactData, FactValue } from './condition.types.js';

/**
 * The named facts a condition may use. Each computes one number from the loaded `FactData` with
 * a Vietnamese text, or says why it cannot (→ NEEDS_REVIEW). `params` lists what it reads from
 * the condition, for validation.
 */
interface FactDef {
  params: readonly (keyof FactCondition)[];
  /** Subject kinds it applies to; undefined = any. */
  kinds?: readonly FactData['subjectKind'][];
  compute: (d: FactData, c: FactCondition) => FactValue;
}

const RATING_ORDER = PerformanceRatingLevel.values; // best first
const ratingAtLeast = (r: PerformanceRatingLevel, min: PerformanceRatingLevel) => RATING_ORDER.indexOf(r) <= RATING_ORDER.indexOf(min);
const levelAtLeast = (l: InitiativeLevel, min: InitiativeLevel) => InitiativeLevel.values.indexOf(l) >= InitiativeLevel.values.indexOf(min);
const titleOf = (d: FactData, c: FactCondition) => (c.title === '$award' || !c.title ? d.awardTypeCode : c.title);
const nameOf = (d: FactData, code: string) => d.awardNames.get(code) ?? code;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const window = (d: FactData, c: FactCondition) => Array.from({ length: c.within ?? 1 }, (_, i) => d.year - (c.within ?? 1) + 1 + i);

export const FACTS: Record<string, FactDef> = {
  /** Consecutive years holding a title, ending at the evaluated year. */
  consecutiveYears: {
    params: ['title'],
    compute: (d, c) => {
      const code = titleOf(d, c);
      const years = d.titles.get(code) ?? new Set<number>();
      const run: number[] = [];
      for (let y = d.year; years.has(y); y -= 1) run.unshift(y);
      if (!run.length) return { value: 0, text: `${nameOf(d, code)} năm ${d.year}: chưa có` };
      return { value: run.length, text: `${nameOf(d, code)} ${run.join(', ')}: ${run.length} năm liên tục` };
    },
  },
  /** Years within the last `within` years (ending at the evaluated year) holding a title. */
  yearsWithTitle: {
    params: ['title', 'within'],
    compute: (d, c) => {
      const code = titleOf(d, c);
      const span = window(d, c);
      const held = span.filter((y) => d.titles.get(code)?.has(y));
      return {
        value: held.length,
        text: `${nameOf(d, code)} trong ${span[0]}–${d.year}: ${held.length ? held.join(', ') : 'không có năm nào'} (${held.length} năm)`,
      };
    },
  },
  /** Consecutive years rated at least `rating`, ending at the evaluated year; a year without a rating is missing. */
  ratingStreak: {
    params: ['rating'],
    compute: (d, c) => {
      const min = c.rating ?? 'GOOD';
      const label = PerformanceRatingLevel.labels[min].vi;
      const run: number[] = [];
      let y = d.year;
      for (; d.ratings.has(y) && ratingAtLeast(d.ratings.get(y)!, min); y -= 1) run.unshift(y);
      if (run.length < (c.atLeast ?? 1) && !d.ratings.has(y))
        return { missing: `Chưa có xếp loại năm ${y} (cần "${label}" ${c.atLeast ?? 1} năm liên tục; đã có ${run.length ? run.join(', ') : 'không năm nào'})` };
      return { value: run.length, text: `${label} trở lên ${run.length ? run.join(', ') : `năm ${d.year}: không`}: ${run.length} năm liên tục` };
    },
  },
  /** Initiatives recognised at `level` or above, by the evaluated year, not yet used for another award. */
  unusedInitiatives: {
    params: ['level'],
    compute: (d, c) => {
      const min = c.level ?? 'GRASSROOTS';
      const fit = d.initiatives.filter((i) => i.year <= d.year && levelAtLeast(i.level, min));
      const free = fit.filter((i) => !i.used);
      const used = fit.length - free.length;
      const list = free.map((i) => `"${i.title}" (${i.year})`).join(', ');
      return {
        value: free.length,
        text: `Sáng kiến ${InitiativeLevel.labels[min].vi.toLowerCase()} trở lên chưa sử dụng: ${free.length}${list ? ` — ${list}` : ''}${used ? `; ${used} sáng kiến đã dùng cho khen thưởng khác, không tính` : ''}`,
      };
    },
  },
  /** Discipline records within the last `within` years. */
  disciplineCount: {
    params: ['within'],
    compute: (d, c) => {
      const span = window(d, c);
      const hits = d.discipline.filter((r) => r.year >= span[0]! && r.year <= d.year);
      if (!hits.length) return { value: 0, text: `Không có kỷ luật trong ${span[0] === d.year ? `năm ${d.year}` : `${span[0]}–${d.year}`}` };
      return { value: hits.length, text: `Kỷ luật: ${hits.map((h) => `${h.form} năm ${h.year} (${h.reason})`).join('; ')}` };
    },
  },
  /** The award already granted to the subject for the evaluated year (one achievement, one award). */
  awardsInYear: {
    params: ['title'],
    compute: (d, c) => {
      const code = titleOf(d, c);
      const has = d.titles.get(code)?.has(d.year) ? 1 : 0;
      return { value: has, text: has ? `Đã có ${nameOf(d, code)} năm ${d.year}` : `Chưa có ${nameOf(d, code)} năm ${d.year}` };
    },
  },
  /** Share of a collective's members holding a title in the year. */
  memberShareWithTitle: {
    params: ['title'],
    kinds: ['COLLECTIVE'],
    compute: (d, c) => {
      if (!d.members?.count) return { missing: `Chưa có danh sách thành viên của tập thể trong năm ${d.year}` };
      const code = titleOf(d, c);
      const n = d.members.titles.get(code) ?? 0;
      return { value: n / d.members.count, text: `${nameOf(d, code)} năm ${d.year}: ${n}/${d.members.count} thành viên (${pct(n / d.members.count)})` };
    },
  },
  /** Members holding a title in the year. */
  memberCountWithTitle: {
    params: ['title'],
    kinds: ['COLLECTIVE'],
    compute: (d, c) => {
      if (!d.members?.count) return { missing: `Chưa có danh sách thành viên của tập thể trong năm ${d.year}` };
      const code = titleOf(d, c);
      const n = d.members.titles.get(code) ?? 0;
      return { value: n, text: `${nameOf(d, code)} năm ${d.year}: ${n} thành viên` };
    },
  },
  /** Share of members rated at least `rating` in the year; an unrated member makes it missing. */
  memberShareRated: {
    params: ['rating'],
    kinds: ['COLLECTIVE'],
    compute: (d, c) => {
      if (!d.members?.count) return { missing: `Chưa có danh sách thành viên của tập thể trong năm ${d.year}` };
      const min = c.rating ?? 'COMPLETED';
      if (d.members.unrated) return { missing: `${d.members.unrated}/${d.members.count} thành viên chưa có xếp loại năm ${d.year}` };
      const n = [...d.members.ratings].filter(([r]) => ratingAtLeast(r, min)).reduce((s, [, k]) => s + k, 0);
      return {
        value: n / d.members.count,
        text: `"${PerformanceRatingLevel.labels[min].vi}" trở lên năm ${d.year}: ${n}/${d.members.count} thành viên (${pct(n / d.members.count)})`,
      };
    },
  },
  /** A person's unit in the year: holders of `title` (counting this proposal) over holders of `of`. */
  unitTitleShare: {
    params: ['title', 'of'],
    kinds: ['INDIVIDUAL'],
    compute: (d, c) => {
      if (!d.unit) return { missing: `Chưa biết đơn vị công tác của cá nhân trong năm ${d.year}` };
      const code = titleOf(d, c);
      const of = c.of ?? '';
      const base = d.unit.titles.get(of) ?? 0;
      if (!base) return { missing: `${d.unit.name} chưa có ${nameOf(d, of)} nào ghi nhận năm ${d.year}` };
      const n = (d.unit.titles.get(code) ?? 0) + (d.titles.get(code)?.has(d.year) ? 0 : 1);
      return {
        value: n / base,
        text: `${nameOf(d, code)} của ${d.unit.name} năm ${d.year}, kể cả đề nghị này: ${n}/${base} ${nameOf(d, of)} (${pct(n / base)})`,
      };
    },
  },
  /** The unit leads one of its blocs in the year (1) or not (0); a bloc without a recorded leader is missing. */
  leadsBloc: {
    params: [],
    kinds: ['COLLECTIVE'],
    compute: (d) => {
      if (!d.blocs.length) return { value: 0, text: `Không là thành viên khối, cụm thi đua nào năm ${d.year}` };
      const led = d.blocs.find((b) => b.leaderUnitId === d.unitId);
      if (led) return { value: 1, text: `Dẫn đầu ${led.name} năm ${d.year}` };
      const open = d.blocs.filter((b) => !b.leaderUnitId);
      if (open.length) return { missing: `${open.map((b) => b.name).join(', ')} chưa ghi nhận đơn vị dẫn đầu năm ${d.year}` };
      return { value: 0, text: `Không dẫn đầu khối năm ${d.year}: ${d.blocs.map((b) => `${b.name} do ${b.leaderName} dẫn đầu`).join('; ')}` };
    },
  },
  /**
   * Units proposed for the award this year (the sent dossiers' lines, or the list given to the
   * eligibility query) over the units leading a bloc (a quota over proposals).
   */
  leaderQuotaShare: {
    params: [],
    compute: (d) => {
      if (d.leaders.proposed === null)
        return { missing: `Chưa có danh sách đề nghị năm ${d.year} (hồ sơ đề nghị chưa có trong hệ thống): gửi danh sách đơn vị đề nghị để xét tỷ lệ` };
      if (!d.leaders.count) return { missing: `Chưa ghi nhận đơn vị dẫn đầu khối, cụm nào năm ${d.year}` };
      const share = d.leaders.proposed / d.leaders.count;
      return { value: share, text: `Đề nghị ${d.leaders.proposed}/${d.leaders.count} đơn vị dẫn đầu khối, cụm năm ${d.year} (${pct(share)})` };
    },
  },
  /** A council ballot's share: the council votes after the appraisal (council module), so at appraisal it is always missing. */
  ballotShare: {
    params: [],
    compute: (d) => ({
      missing: `Hội đồng biểu quyết sau khi thẩm định (năm ${d.year}): đối chiếu kết quả biểu quyết của Hội đồng trên dòng đề nghị và biên bản họp`,
    }),
  },
  /** What only a person can check (documents, minutes): always NEEDS_REVIEW, with the note. */
  review: { params: ['note'], compute: (_d, c) => ({ missing: c.note ?? 'Cần cán bộ kiểm tra' }) },
  /** A principle that holds by itself (1), stated so the report says it. */
  principle: { params: ['note'], compute: (_d, c) => ({ value: 1, text: c.note ?? 'Nguyên tắc chung' }) },
};
