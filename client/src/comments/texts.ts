/** What the comments panel and the mention notifications say, in both languages. */
export const COMMENT_TEXTS = {
  title: { vi: 'Trao đổi', en: 'Comments' },
  empty: { vi: 'Chưa có trao đổi nào. Viết ý kiến đầu tiên bên dưới.', en: 'No comments yet. Write the first one below.' },
  older: { vi: 'Xem thêm', en: 'Show more' },
  placeholder: { vi: 'Viết ý kiến… gõ @ để nhắc đến cán bộ (Ctrl+Enter để gửi)', en: 'Write a comment… type @ to mention someone (Ctrl+Enter to send)' },
  send: { vi: 'Gửi', en: 'Send' },
  edited: { vi: 'đã sửa', en: 'edited' },
  confirmDelete: { vi: 'Xóa bình luận này?', en: 'Delete this comment?' },
  tooLong: { vi: 'Quá {max} ký tự', en: 'Over {max} characters' },
  token: { vi: 'mã API', en: 'API token' },
  mentionedYou: { vi: '{name} đã nhắc đến bạn:', en: '{name} mentioned you:' },
  open: { vi: 'Xem trao đổi', en: 'Open' },
  noUsers: { vi: 'Không thấy cán bộ nào', en: 'Nobody found' },
};
