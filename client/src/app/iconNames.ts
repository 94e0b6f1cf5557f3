/**
 * antd's icons name themselves in English (`<span role="img" aria-label="search">`), its own
 * (select arrows, clear buttons, sorters) as well as ours, so a screen reader reads "plus Thêm đơn
 * vị" or "edit". In this app an icon is always decorative: the button or link around it carries
 * the name (its text, or a Vietnamese `aria-label` on icon-only buttons). So every icon's English
 * name is removed and the icon hidden from assistive technology, here, once, for the whole page
 * (portals included); an icon given its own `aria-label` in Vietnamese by us keeps it.
 */
const ICON = 'span.anticon[role="img"]';

/** True for the names antd gives (the icon's file name: "search", "close-circle", "file-text"). */
const isIconName = (label: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(label);

function quiet(icon: Element): void {
  const label = icon.getAttribute('aria-label');
  if (label !== null && !isIconName(label)) return;
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
  return () => observer.disconnect();
}
