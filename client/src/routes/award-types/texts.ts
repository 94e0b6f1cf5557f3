/** Texts of the award catalogue (Vietnamese first). */
export const awardTypeTexts = {
  code: { vi: 'Mã', en: 'Code' },
  nameVi: { vi: 'Tên tiếng Việt', en: 'Vietnamese name' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  category: { vi: 'Danh hiệu / hình thức', en: 'Category' },
  level: { vi: 'Cấp khen thưởng', en: 'Level' },
  subjectKind: { vi: 'Đối tượng', en: 'Recipients' },
  rank: { vi: 'Thứ bậc', en: 'Rank' },
  rankHelp: { vi: 'Cao hơn là cao quý hơn (0–1000).', en: 'Higher is more prestigious (0–1000).' },
  cashMultiplier: { vi: 'Hệ số tiền thưởng', en: 'Cash multiplier' },
  cashHelp: { vi: 'Số lần mức lương cơ sở; để trống nếu không quy định.', en: 'Times the base salary; empty when not set.' },
  active: { vi: 'Còn áp dụng', en: 'Active' },
  inactive: { vi: 'Ngừng áp dụng', en: 'Inactive' },
  status: { vi: 'Tình trạng', en: 'Status' },
  delete: { vi: 'Xóa', en: 'Delete' },
  confirmDelete: {
    vi: 'Chỉ xóa được danh hiệu, hình thức chưa dùng cho khen thưởng nào; đã dùng thì hãy sửa thành "Ngừng áp dụng". Các số liệu tổng hợp chỉ bỏ liên kết với nó.',
    en: 'Only an award no commendation uses can be deleted; otherwise set it inactive. Tallies only lose the link to it.',
  },
} as const;
