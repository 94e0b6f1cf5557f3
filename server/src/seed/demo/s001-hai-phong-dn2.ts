import type { EntityManager } from 'typeorm';
import { Bloc } from '../../modules/bloc/entities.js';
import { Covenant } from '../../modules/covenant/entities.js';
import { Event } from '../../modules/event/entities.js';
import type { Unit } from '../../modules/unit/entities.js';
import type { Seed } from './records.js';
import { UBND_HP } from './s000-hai-phong-lhh.js';
import { ensure, publishedIn, SOURCE } from './upsert.js';

/** Seed 001 (Hải Phòng, 02/7/2020): "Khối thi đua Doanh nghiệp 2", 9 units in waterway transport. */
export async function seed001(em: EntityManager, s: Seed, board: Unit) {
  const area = 'Hải Phòng';
  const portAuthority = await s.unit('Cảng vụ Hàng hải Hải Phòng', 'STATE_AGENCY', { area });
  const pilots = await s.unit('Công ty TNHH MTV Hoa tiêu hàng hải Khu vực II', 'ENTERPRISE', { area });
  // The article counts 9 member units but names only two; the others say so plainly.
  const unnamed = [];
  for (let n = 3; n <= 9; n += 1) {
    unnamed.push(
      await s.unit(`Đơn vị thành viên thứ ${n} của Khối thi đua Doanh nghiệp 2 (bài báo không nêu tên)`, 'OTHER', {
        area,
        note: `Bài báo cho biết Khối có 9 đơn vị thành viên nhưng chỉ nêu tên Cảng vụ Hàng hải Hải Phòng và Công ty TNHH MTV Hoa tiêu hàng hải Khu vực II. ${SOURCE.s001}`,
      }),
    );
  }
  await s.person('Vũ Thị Hương', board, 'Trưởng Ban Thi đua – Khen thưởng thành phố Hải Phòng', SOURCE.s001);
  await s.person('Hà Quang Thắng', portAuthority, 'Phó Giám đốc, Chủ tịch Công đoàn Cảng vụ Hàng hải Hải Phòng', SOURCE.s001);

  const bloc = await ensure(
    em,
    Bloc,
    { code: 'HP-DN2' },
    {
      name: 'Khối thi đua Doanh nghiệp 2',
      kind: 'BLOC',
      level: 'PROVINCE',
      area,
      description: `Khối thi đua gồm các đơn vị hoạt động trong lĩnh vực giao thông thủy trên địa bàn thành phố Hải Phòng; 9 đơn vị thành viên. Bài báo không nêu quyết định thành lập Khối. ${SOURCE.s001}`,
    },
  );
  const members = [portAuthority, pilots, ...unnamed];
  await s.members(bloc, members, 2020, 'Thành viên năm 2020 theo bài báo; năm vào Khối không được nêu.');
  await s.role(bloc, 2020, 'HEAD', portAuthority);

  const conference = await ensure(
    em,
    Event,
    { title: 'Hội nghị phát động và ký kết giao ước thi đua năm 2020 của Khối thi đua Doanh nghiệp 2', heldOn: '2020-07-02' },
    {
      kind: 'COVENANT_SIGNING',
      venue: 'Trụ sở Cảng vụ Hàng hải Hải Phòng',
      hostUnitId: portAuthority.id,
      attendees:
        'Đồng chí Vũ Thị Hương – Trưởng Ban Thi đua – Khen thưởng thành phố Hải Phòng; lãnh đạo và chuyên viên phụ trách công tác thi đua của 9 đơn vị thành viên trong Khối.',
      description: `Thay mặt đơn vị Khối trưởng, đồng chí Hà Quang Thắng – Phó Giám đốc, Chủ tịch Công đoàn Cảng vụ Hàng hải Hải Phòng thông qua dự thảo Quy chế hoạt động và nội dung ký kết giao ước thi đua năm 2020. Trao Cờ thi đua xuất sắc và Bằng khen của UBND thành phố cho 2 đơn vị của Khối có thành tích năm 2019. ${SOURCE.s001}`,
    },
  );
  const covenant = await ensure(
    em,
    Covenant,
    { blocId: bloc.id, year: 2020 },
    {
      title: 'Giao ước thi đua năm 2020 của Khối thi đua Doanh nghiệp 2',
      status: 'SIGNED',
      signingEventId: conference.id,
      content:
        'Thực hiện thắng lợi chủ đề hành động năm 2020 của thành phố "Tăng cường kỷ cương thu, chi ngân sách; đẩy mạnh cải thiện môi trường đầu tư kinh doanh"; thi đua lập thành tích chào mừng Đại hội Đảng các cấp và Đại hội Thi đua yêu nước thành phố lần thứ IX, tiến tới Đại hội Đảng toàn quốc lần thứ XIII và Đại hội Thi đua yêu nước toàn quốc lần thứ X. Bài báo không liệt kê các nhiệm vụ của giao ước.',
    },
  );
  await s.signatures(covenant, members, '2020-07-02');

  const decision = await s.decision(UBND_HP, 'Về việc tặng Cờ thi đua xuất sắc và Bằng khen năm 2019 (Khối thi đua Doanh nghiệp 2)', {
    signerTitle: 'Chủ tịch UBND thành phố Hải Phòng',
    note: `Bài báo không nêu số và ngày của quyết định. ${SOURCE.s001}`,
    ...publishedIn('s001'),
  });
  const common = {
    year: 2019,
    bloc,
    decision,
    presentedAt: conference,
    presentedBy: 'Vũ Thị Hương – Trưởng Ban Thi đua – Khen thưởng thành phố',
    note: SOURCE.s001,
  };
  const achievement = 'Có thành tích và đóng góp vào thành tích chung của thành phố trong năm 2019';
  await s.commendation({ ...common, unit: portAuthority, award: 'CO_THI_DUA_XUAT_SAC_UBND_TINH', achievement });
  await s.commendation({ ...common, unit: pilots, award: 'BANG_KHEN_CHU_TICH_UBND_TINH', achievement });
}
