/** Texts of the conference and event pages (Vietnamese first). */
export const eventTexts = {
  kind: { vi: 'Loại hội nghị', en: 'Kind' },
  title: { vi: 'Tên hội nghị', en: 'Title' },
  heldOn: { vi: 'Ngày tổ chức', en: 'Date' },
  venue: { vi: 'Địa điểm', en: 'Venue' },
  host: { vi: 'Đơn vị chủ trì', en: 'Host unit' },
  attendees: { vi: 'Thành phần dự', en: 'Attendees' },
  description: { vi: 'Nội dung, diễn biến', en: 'Description' },
  newEvent: { vi: 'Thêm hội nghị', en: 'New conference' },
  covenants: { vi: 'Giao ước ký kết tại hội nghị', en: 'Covenants signed here' },
  noCovenants: { vi: 'Chưa có giao ước nào gắn với hội nghị này.', en: 'No covenant is linked to this conference.' },
  from: { vi: 'Tổ chức từ ngày', en: 'Held from' },
  to: { vi: 'đến ngày', en: 'to' },
  deleteEvent: { vi: 'Xóa hội nghị', en: 'Delete conference' },
  confirmDelete: {
    vi: 'Hội nghị bị xóa; giao ước ký tại đây và khen thưởng trao tại đây vẫn giữ nguyên, chỉ bỏ liên kết với hội nghị.',
    en: 'The conference is deleted; covenants signed and commendations presented there stay, only without the link to it.',
  },
} as const;
