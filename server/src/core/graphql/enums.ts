import { registerEnumType } from 'type-graphql';
import * as vocab from '@thidua/shared';

type Vocabulary<K extends string> = { values: K[]; labels: Record<K, vocab.Label> };

/** Registers a shared vocabulary as a GraphQL enum; each value is described as "vi / en". */
export function graphqlEnum<K extends string>(v: Vocabulary<K>, name: string, description: string): Record<K, K> {
  const enumObject = Object.fromEntries(v.values.map((value) => [value, value])) as Record<K, K>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(v.values.map((value) => [value, { description: `${v.labels[value].vi} / ${v.labels[value].en}` }])) as Record<
      K,
      { description: string }
    >,
  });
  return enumObject;
}

export const UnitKindEnum = graphqlEnum(vocab.UnitKind, 'UnitKind', 'Loại hình đơn vị (unit kind).');
export const LineageKindEnum = graphqlEnum(vocab.LineageKind, 'LineageKind', 'Biến động đơn vị: sáp nhập, chia tách, đổi tên (lineage kind).');
export const GenderEnum = graphqlEnum(vocab.Gender, 'Gender', 'Giới tính (gender).');
export const BlocKindEnum = graphqlEnum(vocab.BlocKind, 'BlocKind', 'Khối thi đua hay cụm thi đua (bloc kind).');
export const BlocLevelEnum = graphqlEnum(vocab.BlocLevel, 'BlocLevel', 'Cấp tổ chức khối, cụm (bloc level).');
export const BlocRoleEnum = graphqlEnum(vocab.BlocRole, 'BlocRole', 'Vai trò trong khối theo năm (bloc role).');
export const MovementKindEnum = graphqlEnum(vocab.MovementKind, 'MovementKind', 'Loại phong trào thi đua (movement kind).');
export const MovementScopeEnum = graphqlEnum(vocab.MovementScope, 'MovementScope', 'Phạm vi phong trào (movement scope).');
export const MovementStatusEnum = graphqlEnum(vocab.MovementStatus, 'MovementStatus', 'Trạng thái phong trào (movement status).');
export const CovenantStatusEnum = graphqlEnum(vocab.CovenantStatus, 'CovenantStatus', 'Trạng thái giao ước thi đua (covenant status).');
export const CriterionKindEnum = graphqlEnum(vocab.CriterionKind, 'CriterionKind', 'Loại tiêu chí chấm điểm (criterion kind).');
export const EventKindEnum = graphqlEnum(vocab.EventKind, 'EventKind', 'Loại hội nghị, sự kiện (event kind).');
export const SubjectKindEnum = graphqlEnum(vocab.SubjectKind, 'SubjectKind', 'Đối tượng khen thưởng: tập thể, cá nhân, hộ gia đình (subject kind).');
export const AwardCategoryEnum = graphqlEnum(vocab.AwardCategory, 'AwardCategory', 'Danh hiệu thi đua hay hình thức khen thưởng (award category).');
export const AwardLevelEnum = graphqlEnum(vocab.AwardLevel, 'AwardLevel', 'Cấp khen thưởng (issuing level).');
export const CommendationKindEnum = graphqlEnum(vocab.CommendationKind, 'CommendationKind', 'Loại hình khen thưởng (commendation kind).');
export const CommendationStatusEnum = graphqlEnum(vocab.CommendationStatus, 'CommendationStatus', 'Trạng thái khen thưởng (commendation status).');
export const UserRoleEnum = graphqlEnum(vocab.UserRole, 'UserRole', 'Vai trò của tài khoản (user role).');
export const TokenScopeEnum = graphqlEnum(vocab.TokenScope, 'TokenScope', 'Phạm vi quyền của mã truy cập API (token scope).');
export const ChangeActionEnum = graphqlEnum(vocab.ChangeAction, 'ChangeAction', 'Loại thay đổi trong nhật ký (change action).');
export const ActorKindEnum = graphqlEnum(vocab.ActorKind, 'ActorKind', 'Loại người thực hiện thay đổi trong nhật ký (actor kind).');
export const BallotStatusEnum = graphqlEnum(vocab.BallotStatus, 'BallotStatus', 'Trạng thái phiên bỏ phiếu (ballot status).');
export const BallotPurposeEnum = graphqlEnum(
  vocab.BallotPurpose,
  'BallotPurpose',
  'Mục đích bỏ phiếu: đơn vị dẫn đầu hay đề nghị khen thưởng (ballot purpose).',
);
export const BallotThresholdBaseEnum = graphqlEnum(
  vocab.BallotThresholdBase,
  'BallotThresholdBase',
  'Tỷ lệ đạt tính trên số đã bỏ phiếu hay trên tổng số (threshold base).',
);
export const ProposedAwardEnum = graphqlEnum(vocab.ProposedAward, 'ProposedAward', 'Hình thức được đề nghị (proposed award): Cờ thi đua hoặc Bằng khen.');
export const ProposalStatusEnum = graphqlEnum(vocab.ProposalStatus, 'ProposalStatus', 'Trạng thái đề nghị khen thưởng (proposal status).');
export const ScoreFinalStageEnum = graphqlEnum(vocab.ScoreFinalStage, 'ScoreFinalStage', 'Điểm nào là điểm cuối cùng của giao ước (final score stage).');
export const CovenantSheetStatusEnum = graphqlEnum(
  vocab.CovenantSheetStatus,
  'CovenantSheetStatus',
  'Bước của bảng điểm một đơn vị: tự chấm, đã nộp, đã thẩm định, đã chốt (covenant sheet status).',
);
export const RankingGroupEnum = graphqlEnum(vocab.RankingGroup, 'RankingGroup', 'Nhóm xếp hạng: được giao chỉ tiêu hay không (ranking group).');
export const RankingExclusionCodeEnum = graphqlEnum(
  vocab.RankingExclusionCode,
  'RankingExclusionCode',
  'Lý do đơn vị không được xét dẫn đầu (ranking exclusion).',
);
export const CouncilResultEnum = graphqlEnum(vocab.CouncilResult, 'CouncilResult', 'Kết quả biểu quyết của Hội đồng về một đối tượng (council result).');
export const RecipientCategoryEnum = graphqlEnum(
  vocab.RecipientCategory,
  'RecipientCategory',
  'Đối tượng cá nhân được khen theo biểu thống kê (recipient category): lãnh đạo, doanh nhân, người lao động trực tiếp….',
);
export const TdktOrganizationKindEnum = graphqlEnum(
  vocab.TdktOrganizationKind,
  'TdktOrganizationKind',
  'Loại tổ chức làm công tác thi đua, khen thưởng (TĐKT organisation kind), biểu 0604.',
);
export const TrainingLevelEnum = graphqlEnum(vocab.TrainingLevel, 'TrainingLevel', 'Trình độ đào tạo (training level), biểu 0605.');
export const StatisticsFormEnum = graphqlEnum(vocab.StatisticsForm, 'StatisticsForm', 'Biểu thống kê năm theo Thông tư 02/2023/TT-BNV (statistics form).');
export const DocumentKindEnum = graphqlEnum(vocab.DocumentKind, 'DocumentKind', 'Loại văn bản lập từ mẫu (document kind).');
