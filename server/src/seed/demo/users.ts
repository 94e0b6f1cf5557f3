import type { EntityManager } from 'typeorm';
import type { UserRole } from '@thidua/shared';
import { hashPassword } from '../../core/auth/password.js';
import { Bloc } from '../../modules/bloc/entities.js';
import { Unit } from '../../modules/unit/entities.js';
import { User } from '../../modules/user/entities.js';

/** The demo accounts' shared password (README lists the accounts). Demo data only. */
export const DEMO_PASSWORD = 'thidua-demo-2024';

/** One demo account per role, tied to the Hải Phòng associations bloc and one of its units; and one officer for each other member of that bloc. */
export async function demoUsers(em: EntityManager): Promise<void> {
  const bloc = await em.findOneByOrFail(Bloc, { code: 'HP-LHH-DN' });
  const unitNamed = (name: string) => em.findOneByOrFail(Unit, { name });
  const unit = await unitNamed('Hội Nữ Doanh nhân Hải Phòng');
  const accounts: [string, string, UserRole, Partial<User>][] = [
    ['can_bo_ban', 'Trần Thị Bình (Ban Thi đua – Khen thưởng)', 'BOARD_OFFICER', {}],
    ['can_bo_khoi', 'Lê Văn Cường (Khối Liên hiệp hội và các Hội doanh nghiệp)', 'BLOC_OFFICER', { blocId: bloc.id }],
    ['can_bo_don_vi', 'Phạm Thu Hà (Hội Nữ Doanh nhân Hải Phòng)', 'UNIT_OFFICER', { unitId: unit.id }],
    // The bloc's other members, so that each votes with its own account (names illustrative).
    [
      'can_bo_lien_minh',
      'Vũ Thị Lan (Liên minh Hợp tác xã thành phố)',
      'UNIT_OFFICER',
      { unitId: (await unitNamed('Liên minh Hợp tác xã thành phố Hải Phòng')).id },
    ],
    ['can_bo_dn_tre', 'Đặng Quốc Huy (Hội Doanh nhân trẻ Hải Phòng)', 'UNIT_OFFICER', { unitId: (await unitNamed('Hội Doanh nhân trẻ Hải Phòng')).id }],
    [
      'can_bo_dnnvv',
      'Hoàng Minh Tuấn (Hiệp hội Doanh nghiệp nhỏ và vừa thành phố)',
      'UNIT_OFFICER',
      { unitId: (await unitNamed('Hiệp hội Doanh nghiệp nhỏ và vừa thành phố')).id },
    ],
    [
      'can_bo_dn_ccb',
      'Bùi Văn Thắng (Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng)',
      'UNIT_OFFICER',
      { unitId: (await unitNamed('Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng')).id },
    ],
    ['phan_tich', 'Đỗ Minh Khoa (chuyên viên phân tích)', 'ANALYST', {}],
  ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [username, displayName, role, scope] of accounts) {
    if (await em.findOneBy(User, { username })) continue;
    await em.save(em.create(User, { username, displayName, role, passwordHash, ...scope }));
  }
}
