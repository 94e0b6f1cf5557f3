import type { EntityManager } from 'typeorm';
import { Bloc } from '../../modules/bloc/entities.js';
import { CommendationTally } from '../../modules/commendation/entities.js';
import { Event } from '../../modules/event/entities.js';
import { Movement } from '../../modules/movement/entities.js';
import type { Unit } from '../../modules/unit/entities.js';
import type { Seed } from './records.js';
import { awardType, ensure, SOURCE } from './upsert.js';

/**
 * Seed 002 (Hải Phòng, 02/4/2021): the city Cooperative & Enterprise Alliance launches its 2021
 * movement; its 4 internal blocs sign; 60 collectives and 180 individuals were commended.
 */
export async function seed002(em: EntityManager, s: Seed, alliance: Unit) {
  const area = 'Hải Phòng';
  const vca = await s.unit('Liên minh Hợp tác xã Việt Nam', 'COOPERATIVE_ALLIANCE', { shortName: 'Liên minh HTX Việt Nam' });
  await s.person('Nguyễn Văn Thịnh', vca, 'Phó Chủ tịch Liên minh HTX Việt Nam', SOURCE.s002);
  await s.person('Lương Minh Huệ', alliance, 'Chủ tịch Liên minh HTX và DN thành phố', SOURCE.s002);
  const members: [string, 'COOPERATIVE' | 'ENTERPRISE', string | null][] = [
    ['XN tập thể thương binh Quang Minh', 'COOPERATIVE', null],
    ['XN tập thể Bình An', 'COOPERATIVE', null],
    ['HTX XN cơ khí xây dựng Thăng Long', 'COOPERATIVE', null],
    ['Hợp tác xã Bạch Đằng', 'COOPERATIVE', null],
    ['Công ty TNHH Thủy sản Song Hải', 'ENTERPRISE', 'huyện Cát Hải'],
    ['Công ty Hợp danh công nghệ tàu thủy STC', 'ENTERPRISE', 'quận Lê Chân'],
    ['Công ty TNHH Dịch vụ và Thương mại Quốc tế FAGO', 'ENTERPRISE', 'quận Ngô Quyền'],
    ['TNHH Thực phẩm xanh Kỳ Duyên Việt Nam', 'ENTERPRISE', 'huyện Vĩnh Bảo'],
  ];
  for (const [name, kind, district] of members) {
    await s.unit(name, kind, {
      area,
      parentId: alliance.id,
      note: `${district ? `Địa bàn: ${district}. ` : ''}Thành viên Liên minh HTX và DN thành phố. ${SOURCE.s002}`,
    });
  }

  const national = await ensure(
    em,
    Movement,
    {
      name: 'Thi đua lập thành tích chào mừng 75 năm ngày Bác Hồ viết thư kêu gọi điền chủ nông gia Việt Nam tham gia hợp tác xã (11/4/1946 – 11/4/2021) và 10 năm ngày Thủ tướng Chính phủ công nhận ngày 11/4 hàng năm là ngày "Hợp tác xã Việt Nam"',
    },
    {
      kind: 'THEMATIC',
      scope: 'NATIONAL',
      status: 'CONCLUDED',
      launchedBy: 'Liên minh Hợp tác xã Việt Nam',
      organizerUnitId: vca.id,
      startYear: 2021,
      endYear: 2021,
      description: SOURCE.s002,
    },
  );
  const launch = await ensure(
    em,
    Event,
    { title: 'Hội nghị phát động phong trào thi đua, ký giao ước thi đua năm 2021 và kỷ niệm Ngày Hợp tác xã Việt Nam 11/4', heldOn: '2021-04-02' },
    {
      kind: 'MOVEMENT_LAUNCH',
      hostUnitId: alliance.id,
      attendees:
        'Đồng chí Nguyễn Văn Thịnh – Phó Chủ tịch Liên minh HTX Việt Nam; Thường trực Liên minh HTX và DN thành phố; đại diện lãnh đạo Ban Thi đua khen thưởng thành phố; các đồng chí Ủy viên Ban Chấp hành, Ủy viên Ủy ban kiểm tra Liên minh HTX và DN thành phố khóa VI; đại diện lãnh đạo các đơn vị thành viên; phóng viên Báo Hải Phòng, Thời báo kinh doanh, Đài Phát thanh và Truyền hình Hải Phòng.',
      description: `Phát động phong trào thi đua năm 2021; đại diện các Khối thi đua của Liên minh HTX và DN thành phố ký kết giao ước thi đua năm 2021; trao Kỷ niệm chương "Vì sự nghiệp phát triển HTX", Cờ thi đua xuất sắc, Bằng khen của UBND thành phố và Giấy khen. ${SOURCE.s002}`,
    },
  );
  await ensure(
    em,
    Movement,
    { name: 'Phong trào thi đua năm 2021 của Liên minh Hợp tác xã và Doanh nghiệp thành phố' },
    {
      kind: 'REGULAR',
      scope: 'ORGANIZATION',
      status: 'LAUNCHED',
      launchedBy: 'Liên minh Hợp tác xã và Doanh nghiệp thành phố',
      launchedOn: '2021-04-02',
      parentId: national.id,
      organizerUnitId: alliance.id,
      startYear: 2021,
      endYear: 2021,
      goals: [
        'Tiếp tục quán triệt các Nghị quyết của Đảng và các chính sách của Nhà nước về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể; đẩy mạnh triển khai thực hiện tốt phong trào thi đua yêu nước do Liên minh HTX Việt Nam, UBND thành phố, Cụm thi đua Liên minh các tỉnh, thành phố Đồng bằng Sông Hồng và Duyên hải Bắc Bộ, Khối thi đua Liên hiệp hội và các Hội doanh nghiệp phát động, để cổ vũ, động viên cán bộ thành viên và người lao động nêu cao tinh thần yêu nước, lao động sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao.',
        'Nâng cao chất lượng, hiệu quả công tác thi đua, khen thưởng, đảm bảo chính xác, kịp thời, công khai, bình đẳng, chú trọng phát hiện những điển hình tiên tiến, các tập thể và cá nhân có những sáng kiến, sáng tạo, giải pháp, cách làm hay, mô hình mới trong các phong trào thi đua và thực hiện nhiệm vụ để kịp thời biểu dương, trình các cấp khen thưởng.',
        'Tích cực, chủ động tham mưu cho Thành ủy – HĐND – UBND thành phố các nội dung chỉ đạo hỗ trợ khu vực kinh tế tập thể thành phố; đẩy mạnh hoạt động của Ban Chỉ đạo phát triển kinh tế tập thể thành phố; tiếp tục phối hợp UBND các quận, huyện thực hiện rà soát, nắm tình hình hoạt động, tình trạng pháp lý; xử lý những tồn tại trong thực hiện chuyển đổi các HTX theo Luật HTX 2012 tạo các điều kiện thuận lợi nhất cho kinh tế tập thể thành phố phát triển, tiếp cận, thụ hưởng các chính sách hỗ trợ của Nhà nước; tổ chức thực hiện tốt các Đề án, Kế hoạch sau khi được UBND thành phố bố trí kinh phí thực hiện.',
      ],
      slogan: 'Hưởng ứng phát động thi đua của Liên minh HTX Việt Nam, thực hiện chỉ thị của Ủy ban nhân dân thành phố',
      description: `Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng, Nghị quyết Đại hội XVI Đảng bộ thành phố, Nghị quyết Đại hội lần thứ VI Liên minh HTX Việt Nam và Nghị quyết Đại hội lần thứ VI Liên minh HTX và DN thành phố. ${SOURCE.s002}`,
    },
  );

  for (let n = 1; n <= 4; n += 1) {
    await ensure(
      em,
      Bloc,
      { code: `HP-LMHTX-K${n}` },
      {
        name: `Khối thi đua thứ ${n} thuộc Liên minh HTX và DN thành phố (bài báo không nêu tên)`,
        kind: 'BLOC',
        level: 'ORGANIZATION',
        area,
        ownerUnitId: alliance.id,
        description: `Bài báo cho biết Liên minh HTX và DN thành phố có 4 Khối thi đua, đại diện các Khối ký giao ước thi đua năm 2021; không nêu tên, thành viên và nội dung giao ước của từng Khối. ${SOURCE.s002}`,
      },
    );
  }

  const tally = await em.findOneBy(CommendationTally, { reporterUnitId: alliance.id, year: 2020 });
  if (!tally) {
    // One transaction is one connection: look the award types up one after another.
    const awardTypes = [];
    for (const code of ['KY_NIEM_CHUONG_PHAT_TRIEN_HTX', 'CO_THI_DUA_XUAT_SAC_UBND_TINH', 'BANG_KHEN_CHU_TICH_UBND_TINH', 'GIAY_KHEN']) {
      awardTypes.push(await awardType(em, code));
    }
    await em.save(
      em.create(CommendationTally, {
        year: 2020,
        reporterUnitId: alliance.id,
        eventId: launch.id,
        collectiveCount: 60,
        individualCount: 180,
        issuers: 'Liên minh HTX Việt Nam; UBND thành phố; Liên minh HTX và DN thành phố',
        awardTypes,
        description:
          '60 tập thể và 180 cá nhân đã được Liên minh HTX Việt Nam, UBND thành phố, Liên minh HTX và DN thành phố biểu dương, khen thưởng qua các đợt thi đua về Tổng kết phong trào thi đua yêu nước, điển hình tiên tiến giai đoạn 2015-2020; thi đua Chào mừng Kỷ niệm 30 năm Ngày thành lập Liên minh HTX và DN thành phố; Chào mừng Đại hội Liên minh HTX và DN thành phố Nhiệm kỳ 2020-2025; Tổng kết công tác Đào tạo Giai đoạn 2017-2020; Tổng kết phong trào thi đua khen thưởng năm 2020 giữa 4 Khối thuộc Liên minh HTX và DN thành phố. Các hình thức được trao: Kỷ niệm chương "Vì sự nghiệp phát triển HTX", Cờ thi đua xuất sắc của UBND thành phố (2 đơn vị), Bằng khen của UBND thành phố, Giấy khen.',
        sourceNote: `Bài báo chỉ nêu số lượng, không liệt kê tên các tập thể và cá nhân được khen thưởng, kể cả 2 đơn vị nhận Cờ thi đua xuất sắc của UBND thành phố. ${SOURCE.s002}`,
      }),
    );
  }
}
