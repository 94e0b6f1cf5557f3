import type { Label } from '@thidua/shared';

/** The record types the event log names (GraphQL type names), labelled for the audit filter. */
export const RECORD_TYPES: Record<string, Label> = {
  Unit: { vi: 'Đơn vị', en: 'Unit' },
  UnitLineage: { vi: 'Biến động đơn vị', en: 'Unit lineage' },
  Person: { vi: 'Cá nhân', en: 'Person' },
  PersonAffiliation: { vi: 'Quá trình công tác', en: 'Affiliation' },
  Household: { vi: 'Hộ gia đình', en: 'Household' },
  Decision: { vi: 'Quyết định', en: 'Decision' },
  Event: { vi: 'Hội nghị, sự kiện', en: 'Event' },
  Bloc: { vi: 'Khối, cụm thi đua', en: 'Bloc' },
  BlocMembership: { vi: 'Thành viên khối', en: 'Bloc membership' },
  BlocYearRole: { vi: 'Vai trò trong khối theo năm', en: 'Bloc yearly role' },
  BlocLeader: { vi: 'Đơn vị dẫn đầu khối', en: 'Bloc leader' },
  Movement: { vi: 'Phong trào thi đua', en: 'Movement' },
  Covenant: { vi: 'Giao ước thi đua', en: 'Covenant' },
  CovenantCriterion: { vi: 'Tiêu chí giao ước', en: 'Covenant criterion' },
  CovenantSignature: { vi: 'Chữ ký giao ước', en: 'Covenant signature' },
  AwardType: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Award type' },
  Commendation: { vi: 'Khen thưởng', en: 'Commendation' },
  CommendationTally: { vi: 'Số liệu khen thưởng tổng hợp', en: 'Commendation tally' },
  User: { vi: 'Tài khoản', en: 'User' },
  ApiToken: { vi: 'Mã truy cập API', en: 'API token' },
  Comment: { vi: 'Bình luận', en: 'Comment' },
};
