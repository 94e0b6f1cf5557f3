import type { Language } from '../i18n/language';

export const PRESENCE_TEXTS = {
  viewing: { vi: 'đang xem', en: 'is viewing' },
  editingField: { vi: 'đang sửa trường', en: 'is editing' },
  editing: { vi: 'Đang sửa', en: 'Editing' },
  partnerApp: { vi: 'ứng dụng đối tác', en: 'partner app' },
  column: { vi: 'Đang xem', en: 'Viewers' },
};

/** Labels of the input fields forms report; a field not listed shows by its name. */
const FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  name: { vi: 'Tên', en: 'Name' },
  shortName: { vi: 'Tên viết tắt', en: 'Short name' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  kind: { vi: 'Loại hình', en: 'Kind' },
  area: { vi: 'Địa bàn', en: 'Area' },
  note: { vi: 'Ghi chú', en: 'Note' },
  code: { vi: 'Mã', en: 'Code' },
  level: { vi: 'Cấp', en: 'Level' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  slogan: { vi: 'Khẩu hiệu', en: 'Slogan' },
  goals: { vi: 'Mục tiêu', en: 'Goals' },
  startsOn: { vi: 'Ngày bắt đầu', en: 'Starts on' },
  endsOn: { vi: 'Ngày kết thúc', en: 'Ends on' },
  number: { vi: 'Số quyết định', en: 'Number' },
  subject: { vi: 'Trích yếu', en: 'Subject' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  issuerLevel: { vi: 'Cấp ban hành', en: 'Issuer level' },
  issuedOn: { vi: 'Ngày ký', en: 'Issued on' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  birthYear: { vi: 'Năm sinh', en: 'Birth year' },
  position: { vi: 'Chức vụ', en: 'Position' },
  unitId: { vi: 'Đơn vị', en: 'Unit' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  description: { vi: 'Mô tả', en: 'Description' },
};

export function fieldLabel(field: string, language: Language): string {
  return FIELD_LABELS[field]?.[language] ?? field;
}
