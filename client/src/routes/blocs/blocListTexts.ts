/** Texts of the bloc list and the create-bloc form (Vietnamese first). */
export const blocListTexts = {
  code: { vi: 'Mã khối', en: 'Code' },
  level: { vi: 'Cấp', en: 'Level' },
  foundingDecision: { vi: 'Quyết định thành lập', en: 'Founding decision' },
  parent: { vi: 'Khối, cụm cấp trên', en: 'Parent bloc' },
  memberUnit: { vi: 'Có đơn vị thành viên', en: 'Has member unit' },
  description: { vi: 'Mô tả, lĩnh vực', en: 'Description' },
  newBloc: { vi: 'Thêm khối, cụm thi đua', en: 'New bloc or cluster' },
  noNumber: { vi: '(không số)', en: '(no number)' },
} as const;
