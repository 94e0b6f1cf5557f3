import type { EntityManager } from 'typeorm';
import { Bloc } from '../../modules/bloc/entities.js';
import { Covenant } from '../../modules/covenant/entities.js';
import { Event } from '../../modules/event/entities.js';
import type { NationalMovements } from './movements.js';
import type { Seed } from './records.js';
import { ensure, SOURCE } from './upsert.js';

/** Seed 004 (Đà Nẵng, 17/3/2023): year-end review of 2022 and the 2023 covenant of the social organisations' bloc. */
export async function seed004(em: EntityManager, s: Seed, m: NationalMovements) {
  const area = 'Đà Nẵng';
  const friendship = await s.unit('Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng', 'SOCIAL_ORGANIZATION', { area });
  await s.person('Nguyễn Ngọc Bình', friendship, 'Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố', SOURCE.s004);

  const bloc = await ensure(
    em,
    Bloc,
    { code: 'DN-XH-XHNN' },
    {
      name: 'Khối Thi đua các tổ chức xã hội, xã hội – nghề nghiệp thành phố',
      kind: 'BLOC',
      level: 'PROVINCE',
      area,
      description: `Khối Thi đua XH, XH-NN thành phố Đà Nẵng. Bài báo chỉ nêu tên một đơn vị của Khối. ${SOURCE.s004}`,
    },
  );
  await s.members(bloc, [friendship], 2022, 'Năm vào Khối không được nêu; là thành viên trong các năm 2022–2023 theo bài báo.');

  await ensure(
    em,
    Event,
    { title: 'Hội nghị tổng kết công tác thi đua, yêu nước năm 2022 và phát động ký kết giao ước thi đua năm 2023', heldOn: '2023-03-17' },
    {
      kind: 'REVIEW',
      description: `Tổng kết năm 2022 bám sát chủ đề năm 2022 của thành phố "Năm thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh và phục hồi, phát triển kinh tế - xã hội"; các đơn vị tổ chức nhiều hoạt động giới thiệu hình ảnh đất nước, con người, lịch sử, văn hoá Việt Nam và thành phố Đà Nẵng; phát động ký kết giao ước thi đua năm 2023. ${SOURCE.s004}`,
    },
  );
  const covenant = await ensure(
    em,
    Covenant,
    { blocId: bloc.id, year: 2023 },
    {
      title: 'Giao ước thi đua năm 2023 của Khối Thi đua các tổ chức xã hội, xã hội – nghề nghiệp',
      status: 'READY_TO_SIGN',
      content:
        'Tiếp tục triển khai thực hiện Nghị quyết Đại hội Đảng các cấp; các phong trào thi đua yêu nước giai đoạn 2021 – 2025 được phát động tại Đại hội thi đua yêu nước toàn quốc lần thứ X và các phong trào thi đua yêu nước do Chủ tịch UBND thành phố Đà Nẵng phát động tại "Năm tập trung khơi thông các nguồn lực, thu hút đầu tư, giữ vững tăng trưởng kinh tế và đảm bảo an sinh xã hội"; khuyến khích, khen thưởng kịp thời các cá nhân, tập thể tích cực, xuất sắc; phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến; nâng cao trình độ đội ngũ làm công tác thi đua, khen thưởng. Bài báo không liệt kê các tiêu chí của giao ước và không nêu các đơn vị đã ký.',
      movements: [m.newRural, m.business, m.poverty, m.digital, m.frontInnovation],
    },
  );
  return covenant;
}
