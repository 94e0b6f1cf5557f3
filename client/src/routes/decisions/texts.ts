/** Texts of the decision pages (Vietnamese first). */
export const decisionTexts = {
  number: { vi: 'Số, ký hiệu', en: 'Number' },
  titled: { vi: 'Quyết định số', en: 'Decision No.' },
  noNumber: { vi: '(không số)', en: '(no number)' },
  document: { vi: 'Quyết định và danh sách kèm theo', en: 'Decision and its list' },
  certificates: { vi: 'In Bằng khen trên phôi (PDF)', en: 'Print the certificates on blanks (PDF)' },
  issuedOn: { vi: 'Ngày ký', en: 'Issued on' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  issuerLevel: { vi: 'Cấp ban hành', en: 'Issuer level' },
  signer: { vi: 'Người ký', en: 'Signer' },
  signerTitle: { vi: 'Chức vụ người ký', en: 'Signer title' },
  subject: { vi: 'Trích yếu', en: 'Subject' },
  from: { vi: 'Ký từ ngày', en: 'Issued from' },
  to: { vi: 'đến ngày', en: 'to' },
  newDecision: { vi: 'Thêm quyết định', en: 'New decision' },
  commendations: { vi: 'Khen thưởng theo quyết định này', en: 'Commendations under this decision' },
  numberHint: { vi: 'Ví dụ 889/QĐ-UBND; để trống nếu nguồn không nêu.', en: 'e.g. 889/QĐ-UBND; leave empty when the source gives none.' },
  deleteDecision: { vi: 'Xóa quyết định', en: 'Delete decision' },
  confirmDelete: {
    vi: 'Quyết định chỉ xóa được khi không còn khen thưởng (khen hay thu hồi theo quyết định này), khối, phong trào hay biến động đơn vị nào dẫn chiếu đến nó. Lịch sử thay đổi vẫn được giữ.',
    en: 'A decision can be deleted only while no commendation (awarded or revoked by it), bloc, movement or unit change refers to it. Its change history is kept.',
  },
} as const;
