/** Today in Vietnam (UTC+7 all year, no daylight saving), as YYYY-MM-DD: the day deadlines and renames are dated in. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
