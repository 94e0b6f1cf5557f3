/** Texts of the document templates page (Vietnamese first). */
export const templateTexts = {
  title: { vi: 'Mẫu văn bản', en: 'Document templates' },
  intro: {
    vi: 'Mỗi loại văn bản có một mẫu, dùng cho cả bản DOCX (để sửa) và bản PDF (để in). Sửa mẫu tại đây, không cần lập trình viên; văn bản tải về sau đó theo mẫu mới.',
    en: 'Each kind of document has one template, used for both the DOCX (to edit) and the PDF (to print). Edit it here; documents downloaded afterwards follow it.',
  },
  save: { vi: 'Lưu mẫu', en: 'Save template' },
  saved: { vi: 'Đã lưu mẫu văn bản.', en: 'Template saved.' },
  reset: { vi: 'Dùng lại mẫu mặc định', en: 'Use the default template' },
  discard: { vi: 'Bỏ thay đổi', en: 'Discard changes' },
  inUseDefault: { vi: 'Đang dùng mẫu mặc định của phần mềm.', en: 'The default template is in use.' },
  inUseSaved: { vi: 'Đang dùng mẫu Ban đã lưu, phiên bản', en: 'The Board’s template is in use, version' },
  problems: { vi: 'Chưa lưu được mẫu:', en: 'The template cannot be saved:' },
  syntax: { vi: 'Cách viết mẫu', en: 'Template syntax' },
  fields: { vi: 'Các trường dùng được', en: 'Fields you can use' },
  field: { vi: 'Trường', en: 'Field' },
  meaning: { vi: 'Nội dung', en: 'Meaning' },
  list: { vi: 'Danh sách', en: 'List' },
  ofDocument: { vi: 'Của văn bản', en: 'Of the document' },
  history: { vi: 'Lịch sử sửa mẫu', en: 'Template history' },
} as const;

/** The template language (shared/src/document.ts), as the Board reads it. */
export const SYNTAX_VI: [string, string][] = [
  ['# Tiêu đề', 'Dòng tiêu đề: căn giữa, in đậm, chữ lớn hơn'],
  ['^ Dòng chữ', 'Căn giữa'],
  ['> Dòng chữ', 'Căn phải'],
  ['*chữ đậm*, _chữ nghiêng_', 'Cả dòng (hoặc cả ô) in đậm, in nghiêng; *vài chữ* giữa đoạn văn: những chữ đó in đậm'],
  ['Bên trái || Bên phải', 'Một hàng nhiều ô đặt cạnh nhau (tên cơ quan và quốc hiệu, chữ ký); mỗi ô căn giữa, thêm < ở đầu ô để căn trái'],
  ['[[individuals | Họ và tên: {name} | Chức vụ: {position}]]', 'Bảng có cột STT, mỗi dòng một mục của danh sách; mỗi cột: Tiêu đề: nội dung'],
  ['?individuals *I. Cá nhân*', 'Dòng chỉ hiện khi danh sách có mục (tiêu đề của một danh sách có thể trống)'],
  ['---', 'Sang trang mới'],
  ['{date}', 'Trường của văn bản, thay bằng dữ liệu; trường chưa có dữ liệu in thành "……" để điền tay'],
];
