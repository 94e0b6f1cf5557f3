import { describe, expect, it } from 'vitest';
import { fold, searchTerms } from './fold.js';

describe('fold', () => {
  it('removes Vietnamese diacritics, đ and case', () => {
    expect(fold('Hội Nữ Doanh nhân Hải Phòng')).toBe('hoi nu doanh nhan hai phong');
    expect(fold('ĐÀ NẴNG')).toBe('da nang');
    expect(fold('Hiệp hội Doanh nghiệp Cựu chiến binh')).toBe('hiep hoi doanh nghiep cuu chien binh');
  });
  it('folds the same text in composed and decomposed Unicode alike', () => {
    expect(fold('Nữ'.normalize('NFC'))).toBe(fold('Nữ'.normalize('NFD')));
  });
  it('splits a query into folded words', () => {
    expect(searchTerms('  hoi   NU doanh ')).toEqual(['hoi', 'nu', 'doanh']);
    expect(searchTerms('   ')).toEqual([]);
  });
});
