/**
 * antd's icons name themselves in English (`<span role="img" aria-label="search">`), its own
 * (select arrows, clear buttons, sorters) as well as ours, so a screen reader reads "plus Thêm đơn
 * vị" or "edit". Here, once, for the whole page (portals included): an icon beside the text of its
 * button or link is decorative and hidden from assistive technology; an icon that is all its
 * control shows (the search button, a clear button, ✎ on a row) names it in the interface
 * language instead. An icon given its own non-English `aria-label` keeps it.
 */
const ICON = 'span.anticon[role="img"]';
const CONTROL = 'button, a[href], [role="button"]';

/** What an icon-only control does, by its icon. */
const MEANINGS: Record<string, { vi: string; en: string }> = {
  search: { vi: 'Tìm kiếm', en: 'Search' },
  'close-circle': { vi: 'Xóa nội dung', en: 'Clear' },
  close: { vi: 'Đóng', en: 'Close' },
  plus: { vi: 'Thêm', en: 'Add' },
  edit: { vi: 'Sửa', en: 'Edit' },
  form: { vi: 'Sửa', en: 'Edit' },
  delete: { vi: 'Xóa', en: 'Delete' },
  'arrow-up': { vi: 'Chuyển lên', en: 'Move up' },
  'arrow-down': { vi: 'Chuyển xuống', en: 'Move down' },
  holder: { vi: 'Kéo để sắp xếp', en: 'Drag to reorder' },
  subnode: { vi: 'Thêm mục con', en: 'Add a sub-item' },
  copy: { vi: 'Sao chép', en: 'Copy' },
  link: { vi: 'Gắn', en: 'Attach' },
  disconnect: { vi: 'Gỡ', en: 'Detach' },
  check: { vi: 'Xác nhận', en: 'Confirm' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  stop: { vi: 'Kết thúc', en: 'End' },
  save: { vi: 'Lưu', en: 'Save' },
  left: { vi: 'Trước', en: 'Previous' },
  right: { vi: 'Sau', en: 'Next' },
  lock: { vi: 'Khóa', en: 'Lock' },
  unlock: { vi: 'Mở khóa', en: 'Unlock' },
  eye: { vi: 'Hiện mật khẩu', en: 'Show password' },
  'eye-invisible': { vi: 'Ẩn mật khẩu', en: 'Hide password' },
  filter: { vi: 'Lọc', en: 'Filter' },
};

const language = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'vi');

/** The icon is all its control shows, and the control has no name of its own. */
function namesItsControl(icon: Element): boolean {
  const control = icon.closest(CONTROL);
  return !!control && !(control.textContent ?? '').trim() && !control.getAttribute('aria-label') && !control.getAttribute('title');
}

/** True for the names antd gives (the icon's file name: "search", "close-circle", "file-text"). */
const isIconName = (label: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(label);

function quiet(icon: Element): void {
  const label = icon.getAttribute('aria-label');
  if (label !== null && !isIconName(label)) return;
  const meaning = label !== null && namesItsControl(icon) ? MEANINGS[label] : undefined;
  if (meaning) {
    icon.setAttribute('data-icon-name', label!);
    icon.setAttribute('aria-label', meaning[language()]);
    return;
  }
  icon.removeAttribute('aria-label');
  icon.setAttribute('aria-hidden', 'true');
}

function quietWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(ICON)) quiet(node);
  node.querySelectorAll(ICON).forEach(quiet);
}

/** Starts hiding icon names under `root`; returns how to stop. */
export function hideIconNames(root: HTMLElement = document.body): () => void {
  quietWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') quietWithin(record.target);
      else record.addedNodes.forEach(quietWithin);
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  // Switching the interface language renames the icon-only controls named here.
  const relabel = new MutationObserver(() => {
    root.querySelectorAll('[data-icon-name]').forEach((icon) => {
      const meaning = MEANINGS[icon.getAttribute('data-icon-name')!];
      if (meaning) icon.setAttribute('aria-label', meaning[language()]);
    });
  });
  relabel.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => {
    observer.disconnect();
    relabel.disconnect();
  };
}
