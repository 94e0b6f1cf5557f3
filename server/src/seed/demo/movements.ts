import type { EntityManager } from 'typeorm';
import { Movement } from '../../modules/movement/entities.js';
import { ensure, SOURCE } from './upsert.js';

/** National movements that the blocs of seeds 003 and 004 respond to. */
export async function nationalMovements(em: EntityManager) {
  const national = (name: string, extra: Partial<Movement> = {}) =>
    ensure(
      em,
      Movement,
      { name },
      {
        kind: 'REGULAR',
        scope: 'NATIONAL',
        status: 'OPEN',
        description: `Phong trào thi đua trọng điểm được các khối thi đua hưởng ứng. Văn bản phát động không được nêu trong bài báo nguồn. ${SOURCE.s003} ${SOURCE.s004}`,
        ...extra,
      },
    );
  return {
    newRural: await national('Cả nước chung sức xây dựng nông thôn mới'),
    poverty: await national('Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau'),
    business: await national('Doanh nghiệp Việt Nam hội nhập và phát triển'),
    officeCulture: await national('Cán bộ, công chức, viên chức thi đua thực hiện nếp sống văn hóa công sở', {
      description: `Bài báo nguồn không nêu văn bản phát động. ${SOURCE.s003}`,
    }),
    digital: await national('Phong trào thi đua thực hiện Chương trình chuyển đổi số', {
      kind: 'THEMATIC',
      description: `Bài báo nguồn không nêu văn bản phát động. ${SOURCE.s004}`,
    }),
    frontInnovation: await national('Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế', {
      launchedBy: 'Mặt trận Tổ quốc Việt Nam',
      description: `Phong trào của Mặt trận Tổ quốc Việt Nam. ${SOURCE.s004}`,
    }),
  };
}

export type NationalMovements = Awaited<ReturnType<typeof nationalMovements>>;
