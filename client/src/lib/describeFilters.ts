/** The filters of a list in words ("Tìm: hội; Loại hình: Hội, hiệp hội"), those set only, for an export's heading. */
export function describeFilters(filters: [label: string, value: string | null | undefined | false][]): string {
  return filters
    .filter(([, value]) => value)
    .map(([label, value]) => `${label.replace(/\s*\(.*\)$/, '')}: ${value as string}`)
    .join('; ');
}
