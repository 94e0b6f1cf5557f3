import { afterEach, describe, expect, it } from 'vitest';
import { hideIconNames } from './iconNames';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('icon names', () => {
  it('hides the English names antd gives its icons, already there and added later (portals too)', async () => {
    document.body.innerHTML = '<button><span role="img" aria-label="plus" class="anticon anticon-plus"></span><span>Thêm đơn vị</span></button>';
    stop = hideIconNames(document.body);
    const icon = document.querySelector('.anticon-plus')!;
    expect(icon.getAttribute('aria-label')).toBeNull();
    expect(icon.getAttribute('aria-hidden')).toBe('true');

    const portal = document.createElement('div');
    portal.innerHTML = '<span role="img" aria-label="close-circle" class="anticon"></span>';
    document.body.append(portal);
    await tick();
    expect(portal.firstElementChild!.getAttribute('aria-label')).toBeNull();
    expect(portal.firstElementChild!.getAttribute('aria-hidden')).toBe('true');
  });

  it('names an icon-only control by what it does, in Vietnamese', () => {
    document.body.innerHTML =
      '<button><span role="img" aria-label="search" class="anticon anticon-search"></span></button><button aria-label="Năm trước"><span role="img" aria-label="left" class="anticon anticon-left"></span></button>';
    stop = hideIconNames(document.body);
    expect(document.querySelector('.anticon-search')!.getAttribute('aria-label')).toBe('Tìm kiếm');
    // The button has its own name: its icon is decorative.
    expect(document.querySelector('.anticon-left')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('renames them when the interface language changes', async () => {
    document.documentElement.lang = 'vi';
    document.body.innerHTML = '<button><span role="img" aria-label="edit" class="anticon anticon-edit"></span></button>';
    stop = hideIconNames(document.body);
    expect(document.querySelector('.anticon-edit')!.getAttribute('aria-label')).toBe('Sửa');
    document.documentElement.lang = 'en';
    await tick();
    expect(document.querySelector('.anticon-edit')!.getAttribute('aria-label')).toBe('Edit');
    document.documentElement.lang = 'vi';
  });

  it('keeps a Vietnamese name we gave an icon', async () => {
    stop = hideIconNames(document.body);
    document.body.innerHTML = '<span role="img" aria-label="Đang trực tuyến" class="anticon"></span>';
    await tick();
    expect(document.querySelector('.anticon')!.getAttribute('aria-label')).toBe('Đang trực tuyến');
  });
});
