/**
 * Closed vocabularies of the domain, with Vietnamese (first) and English labels.
 * The server registers them as GraphQL enums; the web app builds its selects from them.
 */
export interface Label {
  vi: string;
  en: string;
}

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  const values = Object.keys(labels) as K[];
  return { values, labels };
}

export const UnitKind = vocabulary({
  STATE_AGENCY: { vi: 'Cơ quan nhà nước', en: 'State agency' },
  PUBLIC_SERVICE_UNIT: { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit' },
  ASSOCIATION: { vi: 'Hội, hiệp hội', en: 'Association' },
  COOPERATIVE: { vi: 'Hợp tác xã', en: 'Cooperative' },
  COOPERATIVE_ALLIANCE: { vi: 'Liên minh hợp tác xã', en: 'Cooperative alliance' },
  ENTERPRISE: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  MASS_ORGANIZATION: { vi: 'Tổ chức chính trị – xã hội', en: 'Mass organisation' },
  SOCIAL_ORGANIZATION: { vi: 'Tổ chức xã hội, xã hội – nghề nghiệp', en: 'Social / professional organisation' },
  COMMUNE: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  OTHER: { vi: 'Khác', en: 'Other' },
});

export const LineageKind = vocabulary({
  MERGER: { vi: 'Sáp nhập', en: 'Merger' },
  SPLIT: { vi: 'Chia tách', en: 'Split' },
  RENAME: { vi: 'Đổi tên', en: 'Rename' },
});

export const Gender = vocabulary({
  FEMALE: { vi: 'Nữ', en: 'Female' },
  MALE: { vi: 'Nam', en: 'Male' },
});

export const BlocKind = vocabulary({
  BLOC: { vi: 'Khối thi đua', en: 'Emulation bloc' },
  CLUSTER: { vi: 'Cụm thi đua', en: 'Emulation cluster' },
});

export const BlocLevel = vocabulary({
  PROVINCE: { vi: 'Cấp tỉnh, thành phố', en: 'Province' },
  MINISTRY: { vi: 'Bộ, ngành', en: 'Ministry' },
  INTER_PROVINCE: { vi: 'Liên tỉnh', en: 'Inter-province' },
  ORGANIZATION: { vi: 'Trong một tổ chức', en: 'Inside an organisation' },
});

export const BlocRole = vocabulary({
  HEAD: { vi: 'Trưởng khối', en: 'Bloc head' },
  DEPUTY: { vi: 'Phó khối', en: 'Deputy' },
  MEMBER: { vi: 'Thành viên', en: 'Member' },
});

/** Roles assigned per year; MEMBER is implied by membership. */
export const YEARLY_BLOC_ROLES = ['HEAD', 'DEPUTY'] as const;

export const MovementKind = vocabulary({
  REGULAR: { vi: 'Thường xuyên', en: 'Regular' },
  THEMATIC: { vi: 'Chuyên đề', en: 'Thematic' },
  CAMPAIGN: { vi: 'Theo đợt', en: 'Campaign' },
});

export const MovementScope = vocabulary({
  NATIONAL: { vi: 'Toàn quốc', en: 'National' },
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Province' },
  SECTOR: { vi: 'Ngành, lĩnh vực', en: 'Sector' },
  BLOC: { vi: 'Khối, cụm thi đua', en: 'Emulation bloc or cluster' },
  ORGANIZATION: { vi: 'Trong tổ chức', en: 'Organisation' },
});

export const MovementStatus = vocabulary({
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  LAUNCHED: { vi: 'Đã phát động', en: 'Launched' },
  OPEN: { vi: 'Đang triển khai', en: 'Open' },
  REVIEWING: { vi: 'Đang sơ kết, tổng kết', en: 'Reviewing' },
  CONCLUDED: { vi: 'Đã tổng kết', en: 'Concluded' },
  ARCHIVED: { vi: 'Lưu trữ', en: 'Archived' },
});

export const CovenantStatus = vocabulary({
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  IN_COMMENT: { vi: 'Lấy ý kiến', en: 'In comment' },
  READY_TO_SIGN: { vi: 'Sẵn sàng ký', en: 'Ready to sign' },
  SIGNED: { vi: 'Đã ký kết', en: 'Signed' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  SELF_ASSESSMENT: { vi: 'Tự chấm điểm', en: 'Self-assessment' },
  REVIEW: { vi: 'Thẩm định, chấm chéo', en: 'Review' },
  VOTING: { vi: 'Bình xét, bỏ phiếu', en: 'Voting' },
  PROPOSED: { vi: 'Đã đề nghị khen thưởng', en: 'Proposed' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
});

export const CriterionKind = vocabulary({
  QUANTITATIVE: { vi: 'Định lượng', en: 'Quantitative' },
  QUALITATIVE: { vi: 'Định tính', en: 'Qualitative' },
  PER_OCCURRENCE: { vi: 'Cộng điểm theo lần', en: 'Points per occurrence' },
  BONUS_PENALTY: { vi: 'Điểm thưởng, điểm trừ', en: 'Bonus / penalty' },
});

export const EventKind = vocabulary({
  COVENANT_SIGNING: { vi: 'Hội nghị ký kết giao ước', en: 'Covenant signing' },
  MOVEMENT_LAUNCH: { vi: 'Hội nghị phát động', en: 'Movement launch' },
  REVIEW: { vi: 'Hội nghị sơ kết, tổng kết', en: 'Review' },
  CEREMONY: { vi: 'Lễ trao tặng', en: 'Ceremony' },
});

export const SubjectKind = vocabulary({
  COLLECTIVE: { vi: 'Tập thể', en: 'Collective' },
  INDIVIDUAL: { vi: 'Cá nhân', en: 'Individual' },
  HOUSEHOLD: { vi: 'Hộ gia đình', en: 'Household' },
});

export const AwardCategory = vocabulary({
  TITLE: { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
  FORM: { vi: 'Hình thức khen thưởng', en: 'Form of commendation' },
});

export const AwardLevel = vocabulary({
  STATE: { vi: 'Nhà nước', en: 'State' },
  GOVERNMENT: { vi: 'Chính phủ', en: 'Government' },
  MINISTRY: { vi: 'Bộ, ban, ngành, đoàn thể trung ương', en: 'Ministry / central body' },
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Province' },
  ORGANIZATION: { vi: 'Cơ quan, tổ chức, đơn vị', en: 'Organisation' },
});

export const CommendationKind = vocabulary({
  MERIT: { vi: 'Công trạng', en: 'Merit' },
  IRREGULAR: { vi: 'Đột xuất', en: 'Irregular' },
  THEMATIC: { vi: 'Chuyên đề', en: 'Thematic' },
  CONTRIBUTION: { vi: 'Cống hiến', en: 'Contribution' },
  SENIORITY: { vi: 'Niên hạn', en: 'Seniority' },
  DIPLOMATIC: { vi: 'Đối ngoại', en: 'Diplomatic' },
  RESISTANCE: { vi: 'Kháng chiến', en: 'Resistance' },
});

export const CommendationStatus = vocabulary({
  AWARDED: { vi: 'Đã quyết định', en: 'Awarded' },
  PRESENTED: { vi: 'Đã trao tặng', en: 'Presented' },
  REVOKED: { vi: 'Đã thu hồi', en: 'Revoked' },
});

export const UserRole = vocabulary({
  ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  BOARD_OFFICER: { vi: 'Cán bộ Ban Thi đua – Khen thưởng', en: 'Board officer' },
  BLOC_OFFICER: { vi: 'Cán bộ khối thi đua', en: 'Bloc officer' },
  UNIT_OFFICER: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  ANALYST: { vi: 'Chuyên viên phân tích', en: 'Analyst' },
});

export const TokenScope = vocabulary({
  READ: { vi: 'Đọc dữ liệu', en: 'Read' },
  WRITE: { vi: 'Ghi dữ liệu', en: 'Write' },
});

export const ChangeAction = vocabulary({
  CREATE: { vi: 'Tạo mới', en: 'Created' },
  UPDATE: { vi: 'Sửa', en: 'Updated' },
  DELETE: { vi: 'Xóa', en: 'Deleted' },
});

/** Who made a change recorded in the event log (the server's `Actor.kind`). */
export const ActorKind = vocabulary({
  USER: { vi: 'Tài khoản cán bộ', en: 'User' },
  TOKEN: { vi: 'Mã truy cập API', en: 'API token' },
  SYSTEM: { vi: 'Hệ thống', en: 'System' },
  ANONYMOUS: { vi: 'Khách', en: 'Anonymous' },
});

export type UnitKind = (typeof UnitKind.values)[number];
export type LineageKind = (typeof LineageKind.values)[number];
export type Gender = (typeof Gender.values)[number];
export type BlocKind = (typeof BlocKind.values)[number];
export type BlocLevel = (typeof BlocLevel.values)[number];
export type BlocRole = (typeof BlocRole.values)[number];
export type MovementKind = (typeof MovementKind.values)[number];
export type MovementScope = (typeof MovementScope.values)[number];
export type MovementStatus = (typeof MovementStatus.values)[number];
export type CovenantStatus = (typeof CovenantStatus.values)[number];
export type CriterionKind = (typeof CriterionKind.values)[number];
export type EventKind = (typeof EventKind.values)[number];
export type SubjectKind = (typeof SubjectKind.values)[number];
export type AwardCategory = (typeof AwardCategory.values)[number];
export type AwardLevel = (typeof AwardLevel.values)[number];
export type CommendationKind = (typeof CommendationKind.values)[number];
export type CommendationStatus = (typeof CommendationStatus.values)[number];
export type UserRole = (typeof UserRole.values)[number];
export type TokenScope = (typeof TokenScope.values)[number];
export type ChangeAction = (typeof ChangeAction.values)[number];
export type ActorKind = (typeof ActorKind.values)[number];
