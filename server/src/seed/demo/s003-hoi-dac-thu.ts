import type { EntityManager } from 'typeorm';
import { Bloc } from '../../modules/bloc/entities.js';
import { Covenant } from '../../modules/covenant/entities.js';
import { Event } from '../../modules/event/entities.js';
import type { NationalMovements } from './movements.js';
import type { Seed } from './records.js';
import { ensure, SOURCE } from './upsert.js';

const THEME_2023 = '"Giữ vững kỷ cương, tăng cường trách nhiệm, đổi mới, sáng tạo, hiệu quả, thực chất"';

/** Seed 003 (a province, 03/3/2023): "Khối các Hội đặc thù", its 2022 head and 4 numbered goals for 2023. */
export async function seed003(em: EntityManager, s: Seed, m: NationalMovements) {
  const noProvince = 'Bài báo không nêu tên tỉnh.';
  const agentOrange = await s.unit('Hội Nạn nhân chất độc da cam/Dioxin tỉnh', 'ASSOCIATION', { note: `${noProvince} ${SOURCE.s003}` });
  const provincialAlliance = await s.unit('Liên minh Hợp tác xã tỉnh', 'COOPERATIVE_ALLIANCE', {
    shortName: 'Liên minh HTX tỉnh',
    note: `${noProvince} ${SOURCE.s003}`,
  });
  await s.person('Vũ Văn Cung', provincialAlliance, 'Phó Chủ tịch thường trực Liên minh HTX tỉnh', SOURCE.s003);

  const bloc = await ensure(
    em,
    Bloc,
    { code: 'TINH-HOI-DAC-THU' },
    {
      name: 'Khối các Hội đặc thù',
      kind: 'BLOC',
      level: 'PROVINCE',
      description: `Khối thi đua các Hội đặc thù trên địa bàn tỉnh. ${noProvince} Bài báo chỉ nêu tên hai đơn vị của Khối. ${SOURCE.s003}`,
    },
  );
  const members = [agentOrange, provincialAlliance];
  await s.members(bloc, members, 2022, 'Năm vào Khối không được nêu; là thành viên trong các năm 2022–2023 theo bài báo.');
  await s.role(bloc, 2022, 'HEAD', agentOrange);

  const conference = await ensure(
    em,
    Event,
    { title: 'Hội nghị ký kết giao ước thi đua năm 2023 của Khối các Hội đặc thù', heldOn: '2023-03-03' },
    {
      kind: 'COVENANT_SIGNING',
      attendees: 'Đồng chí Vũ Văn Cung – Phó Chủ tịch thường trực Liên minh HTX tỉnh (dự và tham gia ký kết giao ước); đại diện các đơn vị trong Khối.',
      description: `Biểu dương, khen thưởng các tổ chức Hội có thành tích trong thực hiện các phong trào thi đua năm 2022; đại diện Hội Nạn nhân chất độc da cam/Dioxin – Trưởng khối năm 2022 – thông báo kết quả khen thưởng của Khối năm 2022 (bài báo không nêu chi tiết); các đơn vị ký giao ước thi đua năm 2023. ${SOURCE.s003}`,
    },
  );
  const covenant = await ensure(
    em,
    Covenant,
    { blocId: bloc.id, year: 2023 },
    {
      title: 'Giao ước thi đua năm 2023 của Khối các Hội đặc thù',
      status: 'SIGNED',
      signingEventId: conference.id,
      content: `Phấn đấu 100% cán bộ, công chức, viên chức, người lao động trong mỗi cơ quan, đơn vị hoàn thành tốt nhiệm vụ được giao, xây dựng tổ chức Hội vững mạnh; thực hiện thắng lợi chủ đề năm 2023 của Ban Chấp hành Đảng bộ tỉnh ${THEME_2023}.`,
    },
  );
  await s.criteria(covenant, [
    {
      title:
        'Tiếp tục đẩy mạnh công tác quán triệt, tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng.',
    },
    {
      title: `Tổ chức thực hiện có hiệu quả Kế hoạch của UBND tỉnh triển khai thực hiện các phong trào thi đua yêu nước; quyết tâm thực hiện thắng lợi Chủ đề công tác năm 2023 của Ban Chấp hành Đảng bộ tỉnh ${THEME_2023} bằng những phong trào, nhiệm vụ cụ thể.`,
    },
    {
      title:
        'Tập trung thực hiện có hiệu quả 4 phong trào thi đua trọng tâm "Cả nước chung sức xây dựng nông thôn mới", "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", "Doanh nghiệp Việt Nam hội nhập và phát triển", "Cán bộ, công chức, viên chức thi đua thực hiện nếp sống văn hóa công sở".',
      movements: [m.newRural, m.poverty, m.business, m.officeCulture],
    },
    {
      title:
        'Tập trung đề ra các giải pháp cụ thể thực hiện tốt tôn chỉ, mục đích, điều lệ, nhiệm vụ trọng tâm của từng tổ chức thành viên trong khối năm 2023.',
    },
  ]);
  await s.signatures(covenant, members, '2023-03-03');
}
