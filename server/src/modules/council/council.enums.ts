import { CouncilMemberRole, CouncilStatus, CouncilThresholdBase } from '@thidua/shared';
import { graphqlEnum } from '../../core/graphql/enums.js';

export const CouncilStatusEnum = graphqlEnum(CouncilStatus, 'CouncilStatus', 'Trạng thái phiên họp Hội đồng Thi đua – Khen thưởng (council session status).');
export const CouncilMemberRoleEnum = graphqlEnum(CouncilMemberRole, 'CouncilMemberRole', 'Vai trò trong Hội đồng (council member role).');
export const CouncilThresholdBaseEnum = graphqlEnum(
  CouncilThresholdBase,
  'CouncilThresholdBase',
  'Tỷ lệ đồng ý tính trên số thành viên có mặt hay trên tổng số thành viên (council threshold base).',
);
/** Also on dossier lines, so registered with the shared enums. */
export { CouncilResultEnum } from '../../core/graphql/enums.js';
