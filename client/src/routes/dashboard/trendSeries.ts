/** Turns the dashboard's aggregate groups into chart rows (one per year, one key per series). */
export interface YearRow {
  year: number;
  [series: string]: number;
}

interface Group<K> {
  count: number;
  key: K;
}

/** Rows by year with one numeric column per value of `series` (missing combinations are 0), years ascending. */
export function pivotByYear<K extends { year?: number | null }>(
  groups: readonly Group<K>[],
  series: (key: K) => string | null | undefined,
): { rows: YearRow[]; keys: string[] } {
  const keys: string[] = [];
  const byYear = new Map<number, YearRow>();
  for (const g of groups) {
    const year = g.key.year;
    const name = series(g.key) ?? 'NONE';
    if (year == null) continue;
    if (!keys.includes(name)) keys.push(name);
    const row = byYear.get(year) ?? { year };
    row[name] = (row[name] ?? 0) + g.count;
    byYear.set(year, row);
  }
  const rows = [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((row) => Object.fromEntries([['year', row.year], ...keys.map((k) => [k, row[k] ?? 0])]) as YearRow);
  return { rows, keys };
}

/** Per year: the share (%) of direct workers among the individuals awarded, and how many individuals that is out of. */
export function directWorkerShare(
  groups: readonly Group<{ year?: number | null; recipientCategory?: string | null }>[],
): { year: number; share: number; individuals: number }[] {
  const { rows } = pivotByYear(groups, (key) => key.recipientCategory);
  return rows.map((row) => {
    const individuals = Object.entries(row).reduce((sum, [key, value]) => (key === 'year' ? sum : sum + value), 0);
    const direct = row.DIRECT_WORKER ?? 0;
    return { year: row.year, individuals, share: individuals ? Math.round((direct / individuals) * 1000) / 10 : 0 };
  });
}
