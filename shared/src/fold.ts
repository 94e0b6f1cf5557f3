/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
 * "Hội Nữ Doanh nhân" → "hoi nu doanh nhan". Server and client use the same function.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a search query; empty words are dropped. */
export function searchTerms(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter((word) => word.length > 0);
}
