/** Texts of the bloc list, the bloc's create and edit forms and its deletion (Vietnamese first). */
export const blocListTexts = {
  code: { vi: 'Mã khối', en: 'Code' },
  level: { vi: 'Cấp', en: 'Level' },
  foundingDecision: { vi: 'Quyết định thành lập', en: 'Founding decision' },
  parent: { vi: 'Khối, cụm cấp trên', en: 'Parent bloc' },
  memberUnit: { vi: 'Có đơn vị thành viên', en: 'Has member unit' },
  description: { vi: 'Mô tả, lĩnh vực', en: 'Description' },
  newBloc: { vi: 'Thêm khối, cụm thi đua', en: 'New bloc or cluster' },
  noNumber: { vi: '(không số)', en: '(no number)' },
  deleteBloc: { vi: 'Xóa khối', en: 'Delete bloc' },
  confirmDelete: {
    vi: 'Xóa khối, cụm thi đua này cùng mọi tư cách thành viên, vai trò trưởng, phó khối theo năm, đơn vị dẫn đầu và bình luận? Không xóa được khi khối còn giao ước, khen thưởng hay khối, cụm trực thuộc.',
    en: 'Delete this bloc with all its memberships, yearly head and deputy roles, leading units and comments? Not possible while it has covenants, commendations or sub-blocs.',
  },
} as const;
