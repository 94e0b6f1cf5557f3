/** Texts of the households page (Vietnamese first). */
export const householdTexts = {
  intro: {
    vi: 'Hộ gia đình được khen thưởng (ví dụ trong phong trào xây dựng nông thôn mới). Sửa tên, chủ hộ, địa chỉ khi nhập nhầm.',
    en: 'Households that receive commendations (e.g. in the new countryside movement). Correct a name, head or address entered wrongly.',
  },
  name: { vi: 'Tên hộ', en: 'Household' },
  headName: { vi: 'Chủ hộ', en: 'Head of household' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  newHousehold: { vi: 'Thêm hộ gia đình', en: 'New household' },
  deleteHousehold: { vi: 'Xóa', en: 'Delete' },
  confirmDelete: {
    vi: 'Xóa hộ gia đình "{name}"? Không xóa được khi hộ đã có khen thưởng; lịch sử thay đổi vẫn được giữ.',
    en: 'Delete the household "{name}"? Not possible once it has a commendation; its change history is kept.',
  },
} as const;
