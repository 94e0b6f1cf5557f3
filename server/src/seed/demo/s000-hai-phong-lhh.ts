import type { EntityManager } from 'typeorm';
import { Bloc } from '../../modules/bloc/entities.js';
import { Covenant } from '../../modules/covenant/entities.js';
import { Event } from '../../modules/event/entities.js';
import { Problems } from '../../core/errors.js';
import { addFormerName } from '../../modules/unit/index.js';
import type { Seed } from './records.js';
import { ensure, publishedIn, SOURCE } from './upsert.js';

export const UBND_HP = 'UBND thành phố Hải Phòng';
export const BLOC_LHH = 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố';

/** Seed 000 (Hải Phòng, 01/3/2023): the bloc, its 2022 awards and its 2023 covenant of 5 tasks. */
export async function seed000(em: EntityManager, s: Seed) {
  const area = 'Hải Phòng';
  const alliance = await s.unit('Liên minh Hợp tác xã thành phố Hải Phòng', 'COOPERATIVE_ALLIANCE', {
    shortName: 'Liên minh HTX thành phố',
    area,
    note: 'Bài báo ngày 02/04/2021 gọi đơn vị là "Liên minh Hợp tác xã và Doanh nghiệp thành phố" (Liên minh HTX và DN thành phố).',
  });
  // Seed 002 (02/4/2021) names it before its rename; the articles give no date for the rename.
  await addFormerName(
    em,
    alliance,
    {
      name: 'Liên minh Hợp tác xã và Doanh nghiệp thành phố',
      note: `Tên gọi trong bài báo ngày 02/04/2021; bài báo ngày 09/03/2023 dùng tên hiện nay. Các bài báo không nêu ngày đổi tên. ${SOURCE.s002}`,
    },
    new Problems(),
  );
  const youngEntrepreneurs = await s.unit('Hội Doanh nhân trẻ Hải Phòng', 'ASSOCIATION', { area });
  const sme = await s.unit('Hiệp hội Doanh nghiệp nhỏ và vừa thành phố', 'ASSOCIATION', { area, shortName: 'Hiệp hội DNNVV thành phố' });
  const womenEntrepreneurs = await s.unit('Hội Nữ Doanh nhân Hải Phòng', 'ASSOCIATION', { area });
  const veterans = await s.unit('Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng', 'ASSOCIATION', { area });
  const board = await s.unit('Ban Thi đua – Khen thưởng thành phố Hải Phòng', 'STATE_AGENCY', { area, shortName: 'Ban TĐKT thành phố' });

  await s.person('Nguyễn Hoàng Bí', board, 'Phó Trưởng ban Ban Thi đua – Khen thưởng thành phố', SOURCE.s000);
  await s.person('Ngô Ngọc Khánh', alliance, 'Chủ tịch Liên minh HTX thành phố', SOURCE.s000);

  const founding = await s.decision(UBND_HP, 'Về việc tổ chức Cụm, Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố', {
    number: '889/QĐ-UBND',
    issuedOn: '2022-03-31',
    note: SOURCE.s000,
    ...publishedIn('s000'),
  });
  const bloc = await ensure(
    em,
    Bloc,
    { code: 'HP-LHH-DN' },
    {
      name: BLOC_LHH,
      kind: 'BLOC',
      level: 'PROVINCE',
      area,
      foundingDecisionId: founding.id,
      description: `Thành lập theo Quyết định số 889/QĐ-UBND ngày 31/3/2022 của UBND thành phố. Bài báo chỉ nêu tên 5 đơn vị của Khối. ${SOURCE.s000}`,
    },
  );
  const members = [alliance, youngEntrepreneurs, sme, womenEntrepreneurs, veterans];
  await s.members(bloc, members, 2022);
  await s.role(bloc, 2023, 'HEAD', sme);
  await s.leader(bloc, 2022, alliance, 'Hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu Khối thi đua năm 2022; được UBND thành phố tặng Cờ thi đua.');

  const conference = await ensure(
    em,
    Event,
    { title: 'Hội nghị Ký giao ước thi đua năm 2023 của Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố', heldOn: '2023-03-01' },
    {
      kind: 'COVENANT_SIGNING',
      venue: 'Hiệp hội doanh nghiệp nhỏ và vừa thành phố',
      hostUnitId: sme.id,
      attendees:
        'Đồng chí Nguyễn Hoàng Bí – Phó Trưởng ban Ban Thi đua và Khen thưởng thành phố (dự, chỉ đạo Hội nghị và trao thưởng); đồng chí Ngô Ngọc Khánh – Chủ tịch Liên minh HTX thành phố; đại diện lãnh đạo các đơn vị thuộc Khối.',
      description: `Tổng kết kết quả năm 2022, trao Cờ thi đua và Bằng khen của UBND thành phố, ký giao ước thi đua năm 2023 với 5 nhiệm vụ cụ thể. ${SOURCE.s000}`,
    },
  );

  const presentedBy = 'Nguyễn Hoàng Bí – Phó Trưởng ban Ban Thi đua – Khen thưởng thành phố';
  const notStated = 'Bài báo nguồn (09/03/2023) không nêu số và ngày của quyết định.';
  const flagDecision = await s.decision(UBND_HP, `Về việc tặng Cờ thi đua năm 2022 (${BLOC_LHH})`, { note: notStated, ...publishedIn('s000') });
  const meritDecision = await s.decision(UBND_HP, `Về việc tặng Bằng khen năm 2022 (${BLOC_LHH})`, { note: notStated, ...publishedIn('s000') });
  const common = { year: 2022, bloc, presentedAt: conference, presentedBy, note: SOURCE.s000 };
  await s.commendation({
    ...common,
    unit: alliance,
    award: 'CO_THI_DUA_UBND_TINH',
    decision: flagDecision,
    achievement: 'Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố năm 2022',
  });
  for (const unit of [youngEntrepreneurs, sme, womenEntrepreneurs]) {
    await s.commendation({
      ...common,
      unit,
      award: 'BANG_KHEN_CHU_TICH_UBND_TINH',
      decision: meritDecision,
      achievement: 'Đã có thành tích hoàn thành xuất sắc nhiệm vụ công tác năm 2022',
    });
  }
  await s.commendation({
    ...common,
    unit: veterans,
    award: 'BANG_KHEN_CHU_TICH_UBND_TINH',
    decision: meritDecision,
    achievement: 'Đã có thành tích trong công tác an sinh xã hội năm 2022',
  });

  const covenant = await ensure(
    em,
    Covenant,
    { blocId: bloc.id, year: 2023 },
    {
      title: 'Giao ước thi đua năm 2023',
      status: 'SIGNED',
      signingEventId: conference.id,
      content:
        'Đại diện lãnh đạo các đơn vị đã thống nhất ký giao ước thi đua năm 2023 với 5 nhiệm vụ cụ thể nhằm phát huy tinh thần đoàn kết, năng động, sáng tạo với ý chí tự lực, tự cường, quyết tâm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ năm 2023.',
    },
  );
  await s.criteria(
    covenant,
    [1, 2, 3, 4, 5].map((n) => ({
      title: `Nhiệm vụ ${n} (bài báo nguồn không nêu nội dung)`,
      description:
        'Bài báo ngày 09/03/2023 chỉ cho biết giao ước có 5 nhiệm vụ cụ thể, không liệt kê nội dung từng nhiệm vụ. Điểm tối đa 20 là số liệu minh họa để chấm điểm.',
      maxScore: 20,
    })),
  );
  await s.signatures(covenant, members, '2023-03-01', 'Đại diện lãnh đạo đơn vị');
  return { alliance, bloc, board };
}
