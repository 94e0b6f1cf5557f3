/** Texts of the commendation pages (Vietnamese first). */
export const commendationTexts = {
  recipient: { vi: 'Đối tượng được khen', en: 'Recipient' },
  awardType: { vi: 'Danh hiệu, hình thức', en: 'Award' },
  awardLevel: { vi: 'Cấp khen thưởng', en: 'Award level' },
  achievement: { vi: 'Thành tích', en: 'Achievement' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  status: { vi: 'Trạng thái', en: 'Status' },
  subjectKind: { vi: 'Loại đối tượng', en: 'Recipient kind' },
  unitKind: { vi: 'Loại đơn vị', en: 'Unit kind' },
  bloc: { vi: 'Khối, cụm thi đua', en: 'Bloc' },
  noNumber: { vi: '(không số)', en: '(no number)' },
  noDecision: { vi: 'Chưa gắn quyết định', en: 'No decision' },
  record: { vi: 'Nhập khen thưởng theo quyết định', en: 'Record commendations by decision' },
} as const;
