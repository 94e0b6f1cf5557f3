/** Texts of the covenant list (Vietnamese first). */
export const covenantListTexts = {
  bloc: { vi: 'Khối, cụm thi đua', en: 'Bloc' },
  title: { vi: 'Tên giao ước', en: 'Title' },
  status: { vi: 'Trạng thái', en: 'Status' },
  signed: { vi: 'Đã ký / thành viên', en: 'Signed / members' },
  allSigned: { vi: 'Tất cả thành viên đã ký', en: 'Every member has signed' },
} as const;
