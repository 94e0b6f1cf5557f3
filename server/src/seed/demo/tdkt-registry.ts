import type { EntityManager } from 'typeorm';
import { TdktOfficer, TdktOrganization } from '../../modules/statistics/entities.js';
import type { Unit } from '../../modules/unit/entities.js';
import { ensure, SOURCE } from './upsert.js';

export const ILLUSTRATIVE_OFFICER = 'Chuyên viên Ban Thi đua – Khen thưởng (bản ghi minh họa)';

/**
 * The registry of forms 0604/0605, kept small: the Hải Phòng Board the articles name, its head and
 * deputy head as the articles name them (nothing else about them is stated, so the fields stay
 * empty), and one civil servant whose every figure is illustrative and says so.
 */
export async function seedTdktRegistry(em: EntityManager, board: Unit) {
  const organization = await ensure(
    em,
    TdktOrganization,
    { name: 'Ban Thi đua – Khen thưởng thành phố Hải Phòng' },
    {
      kind: 'PROVINCE_BOARD',
      unitId: board.id,
      note: `Các bài báo nêu tên Ban và lãnh đạo Ban; Ban thuộc Sở Nội vụ. Số công chức của Ban không được nêu. ${SOURCE.s000} ${SOURCE.s001}`,
    },
  );
  const officer = (fullName: string, values: Partial<TdktOfficer>) => ensure(em, TdktOfficer, { fullName, organizationId: organization.id }, values);
  await officer('Vũ Thị Hương', {
    note: `Trưởng Ban Thi đua – Khen thưởng thành phố (năm 2020). Bài báo không nêu giới tính, năm sinh, trình độ, thời gian công tác. ${SOURCE.s001}`,
  });
  await officer('Nguyễn Hoàng Bí', {
    note: `Phó Trưởng ban Ban Thi đua – Khen thưởng thành phố (năm 2023). Bài báo không nêu giới tính, năm sinh, trình độ, thời gian công tác. ${SOURCE.s000}`,
  });
  await officer(ILLUSTRATIVE_OFFICER, {
    gender: 'FEMALE',
    birthYear: 1990,
    trainingLevel: 'UNIVERSITY',
    tdktStartYear: 2016,
    note: 'Bản ghi minh họa để xem biểu 0605: các bài báo không nêu công chức nào khác của Ban; giới tính, năm sinh, trình độ và năm bắt đầu là số liệu minh họa, không phải sự thật.',
  });
}
