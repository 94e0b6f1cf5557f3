import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { type AwardType, AwardType as AwardTypeEntity } from '../../modules/award-type/entities.js';

/**
 * Find-or-create by a natural key, so loading the demo data twice changes nothing and never
 * overwrites what users changed since.
 */
export async function ensure<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: FindOptionsWhere<T>,
  values: Partial<T> = {},
): Promise<T> {
  const existing = await em.findOneBy(entity, key);
  if (existing) return existing;
  return em.save(em.create(entity, { ...key, ...values } as T));
}

export async function awardType(em: EntityManager, code: string): Promise<AwardType> {
  const found = await em.findOneBy(AwardTypeEntity, { code });
  if (!found) throw new Error(`Danh mục khen thưởng thiếu mã ${code}`);
  return found;
}

/** The source article a record comes from, for notes. */
export const SOURCE = {
  s000: 'Nguồn: bài "Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố ký giao ước thi đua năm 2023" (09/03/2023).',
  s001: 'Nguồn: bài "Hội nghị Ký kết giao ước thi đua năm 2020 của Khối thi đua doanh nghiệp 2" (02/7/2020).',
  s002: 'Nguồn: bài "Hội nghị phát động phong trào thi đua năm 2021 và kỷ niệm ngày Hợp tác xã Việt Nam" (02/04/2021).',
  s003: 'Nguồn: bài "Khối các Hội đặc thù ký kết giao ước thi đua năm 2023" (03/03/2023).',
  s004: 'Nguồn: bài "Khối Thi đua các tổ chức xã hội, xã hội - nghề nghiệp phát động ký kết giao ước thi đua năm 2023" (17/03/2023).',
} as const;

/**
 * The decisions the articles report are public facts: the demo publishes them on the lookup as of
 * the article's date, and says so (the Board would publish its own with publishDecision).
 */
export function publishedIn(source: 's000' | 's001'): { publishedOn: string; publishedBy: string } {
  const dates = { s000: '2023-03-09', s001: '2020-07-02' };
  return { publishedOn: dates[source], publishedBy: 'Dữ liệu mẫu: quyết định đã được đưa tin trong bài báo nguồn' };
}
