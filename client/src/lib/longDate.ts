/** "ngày 20 tháng 12 năm 2023" (or "20/12/2023" in English) from an ISO date, as an administrative document dates itself. */
export function longDate(iso: string, language: 'vi' | 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return language === 'vi' ? `ngày ${d} tháng ${m} năm ${y}` : `${d}/${m}/${y}`;
}
