/**
 * Turns `commendationStats(groupBy: [YEAR, AWARD_TYPE])` groups into what the stacked bar chart
 * and its table read: one row per year (gaps filled with zeros, so the time axis stays honest)
 * and one series per award type, most prestigious first.
 */
export interface StatsAwardType {
  id: string;
  nameVi: string;
  nameEn: string;
  rank: number;
}

export interface StatsGroup {
  count: number;
  key: { year?: number | null; awardType?: StatsAwardType | null };
}

export interface AwardSeries {
  /** The key of this series' value in each row (`s0`, `s1`, …): award ids are not safe as chart keys. */
  dataKey: string;
  awardTypeId: string | null;
  nameVi: string;
  nameEn: string;
  rank: number;
  total: number;
}

export type YearRow = { year: number; total: number } & Record<string, number>;

export interface YearAwardSeries {
  years: number[];
  series: AwardSeries[];
  rows: YearRow[];
  total: number;
}

const UNKNOWN: StatsAwardType = { id: '', nameVi: 'Không rõ danh hiệu', nameEn: 'Unknown award', rank: Number.NEGATIVE_INFINITY };
const collator = new Intl.Collator('vi');

export function toYearAwardSeries(groups: readonly StatsGroup[]): YearAwardSeries {
  const counted = groups.filter((g): g is StatsGroup & { key: { year: number } } => g.key.year != null && g.count > 0);
  if (counted.length === 0) return { years: [], series: [], rows: [], total: 0 };

  const awardTypes = new Map<string, StatsAwardType>();
  for (const { key } of counted) {
    const awardType = key.awardType ?? UNKNOWN;
    awardTypes.set(awardType.id, awardType);
  }
  const series: AwardSeries[] = [...awardTypes.values()]
    .sort((a, b) => b.rank - a.rank || collator.compare(a.nameVi, b.nameVi))
    .map((a, i) => ({ dataKey: `s${i}`, awardTypeId: a.id || null, nameVi: a.nameVi, nameEn: a.nameEn, rank: a.rank, total: 0 }));
  const seriesById = new Map(series.map((s) => [s.awardTypeId ?? '', s]));

  const yearsSeen = counted.map((g) => g.key.year);
  const first = Math.min(...yearsSeen);
  const last = Math.max(...yearsSeen);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const rowByYear = new Map<number, YearRow>(
    years.map((year) => [year, Object.fromEntries([['year', year], ['total', 0], ...series.map((s) => [s.dataKey, 0])]) as YearRow]),
  );

  let total = 0;
  for (const { count, key } of counted) {
    const s = seriesById.get(key.awardType?.id ?? '')!;
    const row = rowByYear.get(key.year)!;
    row[s.dataKey] = (row[s.dataKey] ?? 0) + count;
    row.total += count;
    s.total += count;
    total += count;
  }
  return { years, series, rows: [...rowByYear.values()], total };
}

/** Count of one award type (series) in one year. */
export function countOf(data: YearAwardSeries, year: number, dataKey: string): number {
  return data.rows.find((r) => r.year === year)?.[dataKey] ?? 0;
}
