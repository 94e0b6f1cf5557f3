import {
  ActorKind,
  AwardCategory,
  AwardLevel,
  BlocKind,
  BlocLevel,
  BlocRole,
  CommendationKind,
  CommendationStatus,
  CovenantStatus,
  CriterionKind,
  EventKind,
  Gender,
  LineageKind,
  MovementKind,
  MovementScope,
  MovementStatus,
  SubjectKind,
  TokenScope,
  UnitKind,
  UserRole,
  type Label,
} from '@thidua/shared';
import type { Language } from '../i18n/language';
import { formatChangeValue } from '../lib/changes';

/**
 * How the event log's fields read in the app: the Vietnamese (and English) name of each field of
 * each record type, as the record's page and forms call it, and the vocabulary of enum fields.
 * The field names are the server's (`core/changes/fields.ts`: entity properties, links as `…Ids`).
 * A field missing here shows under its raw name.
 */
const l = (vi: string, en: string): Label => ({ vi, en });

/** Fields named the same way whatever the record. */
const COMMON: Record<string, Label> = {
  name: l('Tên', 'Name'),
  note: l('Ghi chú', 'Note'),
  description: l('Mô tả', 'Description'),
  year: l('Năm', 'Year'),
  area: l('Địa bàn', 'Area'),
  kind: l('Loại', 'Kind'),
  status: l('Trạng thái', 'Status'),
  title: l('Tiêu đề', 'Title'),
  unitId: l('Đơn vị', 'Unit'),
  blocId: l('Khối, cụm thi đua', 'Bloc'),
  personId: l('Cá nhân', 'Person'),
  covenantId: l('Giao ước thi đua', 'Covenant'),
  decisionId: l('Quyết định', 'Decision'),
  movementIds: l('Phong trào thi đua', 'Movements'),
  signerName: l('Người ký', 'Signer'),
  signerTitle: l('Chức vụ người ký', 'Signer title'),
};

export const FIELD_LABELS: Record<string, Record<string, Label>> = {
  Unit: {
    name: l('Tên đơn vị', 'Name'),
    shortName: l('Tên viết tắt', 'Short name'),
    kind: l('Loại hình', 'Kind'),
    parentId: l('Đơn vị cấp trên', 'Parent unit'),
  },
  UnitLineage: {
    predecessorId: l('Đơn vị trước', 'Predecessor'),
    successorId: l('Đơn vị sau', 'Successor'),
    kind: l('Loại biến động', 'Kind'),
    effectiveOn: l('Ngày hiệu lực', 'Effective on'),
  },
  Person: {
    fullName: l('Họ và tên', 'Full name'),
    gender: l('Giới tính', 'Gender'),
    birthYear: l('Năm sinh', 'Birth year'),
  },
  PersonAffiliation: {
    unitId: l('Đơn vị công tác', 'Unit'),
    position: l('Chức vụ', 'Position'),
    startedOn: l('Từ ngày', 'From'),
    endedOn: l('Đến ngày', 'Until'),
  },
  Household: {
    name: l('Tên hộ', 'Name'),
    headName: l('Chủ hộ', 'Head of household'),
    address: l('Địa chỉ', 'Address'),
  },
  Bloc: {
    name: l('Tên khối, cụm', 'Name'),
    code: l('Mã khối', 'Code'),
    level: l('Cấp', 'Level'),
    parentId: l('Khối, cụm cấp trên', 'Parent bloc'),
    foundingDecisionId: l('Quyết định thành lập', 'Founding decision'),
    ownerUnitId: l('Tổ chức quản lý', 'Owner organisation'),
  },
  BlocMembership: {
    fromYear: l('Từ năm', 'From year'),
    toYear: l('Đến năm', 'To year'),
  },
  BlocYearRole: {
    role: l('Vai trò', 'Role'),
  },
  BlocLeader: {
    unitId: l('Đơn vị dẫn đầu', 'Leading unit'),
  },
  Movement: {
    name: l('Tên phong trào', 'Name'),
    slogan: l('Khẩu hiệu, chủ đề', 'Slogan / theme'),
    scope: l('Phạm vi', 'Scope'),
    launchedBy: l('Cấp, người phát động', 'Launched by'),
    launchDocument: l('Văn bản phát động', 'Launch document'),
    launchedOn: l('Ngày phát động', 'Launched on'),
    launchDecisionId: l('Quyết định phát động', 'Launch decision'),
    startYear: l('Năm bắt đầu', 'Start year'),
    endYear: l('Năm kết thúc', 'End year'),
    parentId: l('Hưởng ứng phong trào', 'Responds to'),
    organizerUnitId: l('Đơn vị tổ chức', 'Organiser'),
    goals: l('Mục tiêu', 'Goals'),
  },
  Covenant: {
    title: l('Tên giao ước', 'Title'),
    content: l('Nội dung', 'Content'),
    signingEventId: l('Hội nghị ký kết', 'Signing event'),
  },
  CovenantCriterion: {
    parentId: l('Thuộc tiêu chí', 'Parent criterion'),
    rank: l('Thứ tự', 'Order'),
    title: l('Nội dung tiêu chí', 'Criterion'),
    maxScore: l('Điểm tối đa', 'Max score'),
    kind: l('Loại tiêu chí', 'Kind'),
  },
  CovenantSignature: {
    unitId: l('Đơn vị ký', 'Signing unit'),
    signedOn: l('Ngày ký', 'Signed on'),
  },
  Decision: {
    number: l('Số, ký hiệu', 'Number'),
    issuedOn: l('Ngày ký', 'Issued on'),
    issuer: l('Cơ quan ban hành', 'Issuer'),
    issuerLevel: l('Cấp ban hành', 'Issuer level'),
    subject: l('Trích yếu', 'Subject'),
    signer: l('Người ký', 'Signer'),
  },
  Event: {
    title: l('Tên hội nghị, sự kiện', 'Title'),
    heldOn: l('Ngày tổ chức', 'Held on'),
    venue: l('Địa điểm', 'Venue'),
    hostUnitId: l('Đơn vị chủ trì', 'Host unit'),
    attendees: l('Thành phần tham dự', 'Attendees'),
  },
  AwardType: {
    code: l('Mã', 'Code'),
    nameVi: l('Tên tiếng Việt', 'Vietnamese name'),
    nameEn: l('Tên tiếng Anh', 'English name'),
    category: l('Loại', 'Category'),
    subjectKinds: l('Đối tượng', 'Recipients'),
    level: l('Cấp khen thưởng', 'Level'),
    legalBasis: l('Căn cứ pháp lý', 'Legal basis'),
    cashMultiplier: l('Hệ số tiền thưởng', 'Cash multiplier'),
    rank: l('Thứ hạng', 'Rank'),
    active: l('Đang sử dụng', 'Active'),
  },
  Commendation: {
    householdId: l('Hộ gia đình', 'Household'),
    subjectKind: l('Đối tượng', 'Recipient kind'),
    awardTypeId: l('Danh hiệu, hình thức', 'Award'),
    achievement: l('Thành tích', 'Achievement'),
    kind: l('Loại khen thưởng', 'Kind'),
    movementId: l('Phong trào thi đua', 'Movement'),
    presentedAtId: l('Trao tại', 'Presented at'),
    presentedBy: l('Người trao', 'Presented by'),
    revokedOn: l('Ngày thu hồi', 'Revoked on'),
    revocationReason: l('Lý do thu hồi', 'Revocation reason'),
  },
  CommendationTally: {
    reporterUnitId: l('Đơn vị báo cáo', 'Reporting unit'),
    eventId: l('Hội nghị, sự kiện', 'Event'),
    collectiveCount: l('Số tập thể', 'Collectives'),
    individualCount: l('Số cá nhân', 'Individuals'),
    issuers: l('Cấp khen', 'Issuers'),
    awardTypeIds: l('Danh hiệu, hình thức', 'Awards'),
    sourceNote: l('Nguồn', 'Source'),
  },
  User: {
    username: l('Tên đăng nhập', 'Username'),
    displayName: l('Tên hiển thị', 'Display name'),
    role: l('Vai trò', 'Role'),
    active: l('Đang hoạt động', 'Active'),
    mustChangePassword: l('Phải đổi mật khẩu', 'Must change password'),
    passwordHash: l('Mật khẩu', 'Password'),
  },
  Comment: {
    body: l('Nội dung', 'Text'),
    movementId: l('Phong trào thi đua', 'Movement'),
    authorKind: l('Người viết là', 'Written by a'),
    authorName: l('Người viết', 'Author'),
    authorUserId: l('Tài khoản người viết', 'Author account'),
    authorTokenId: l('Mã API người viết', 'Author API token'),
    mentionIds: l('Nhắc đến', 'Mentions'),
  },
  ApiToken: {
    prefix: l('Tiền tố', 'Prefix'),
    secretHash: l('Mã bí mật', 'Secret'),
    scopes: l('Quyền', 'Scopes'),
    expiresAt: l('Hết hạn', 'Expires at'),
    revokedAt: l('Thu hồi lúc', 'Revoked at'),
    trustedOperations: l('Thao tác tin cậy', 'Trusted operations'),
    rateCapacity: l('Hạn mức yêu cầu', 'Rate capacity'),
    ratePerSecond: l('Số yêu cầu mỗi giây', 'Rate per second'),
    createdById: l('Người tạo', 'Created by'),
  },
};

interface Vocabulary {
  labels: Record<string, Label>;
}

/** Enum fields: their values read as the vocabulary's label ("ASSOCIATION" → "Hội, hiệp hội"). */
export const FIELD_VOCABULARIES: Record<string, Record<string, Vocabulary>> = {
  Unit: { kind: UnitKind },
  UnitLineage: { kind: LineageKind },
  Person: { gender: Gender },
  Bloc: { kind: BlocKind, level: BlocLevel },
  BlocYearRole: { role: BlocRole },
  Movement: { kind: MovementKind, scope: MovementScope, status: MovementStatus },
  Covenant: { status: CovenantStatus },
  CovenantCriterion: { kind: CriterionKind },
  Decision: { issuerLevel: AwardLevel },
  Event: { kind: EventKind },
  AwardType: { category: AwardCategory, level: AwardLevel, subjectKinds: SubjectKind },
  Commendation: { subjectKind: SubjectKind, kind: CommendationKind, status: CommendationStatus },
  User: { role: UserRole },
  ApiToken: { scopes: TokenScope },
  Comment: { authorKind: ActorKind },
  ChangeEvent: { actorKind: ActorKind },
};

/** A field's name in the interface language: the record type's own name, a common one, or the raw field. */
export function fieldLabel(entityType: string, field: string, language: Language): string {
  const label = FIELD_LABELS[entityType]?.[field] ?? COMMON[field];
  return label ? label[language] : field;
}

/**
 * One before/after value as text: enum values by their label, then what `formatChangeValue`
 * does (dates dd/MM/yyyy, yes/no, lists, references by name when known, "—" for nothing).
 */
export function formatFieldValue(
  entityType: string,
  field: string,
  value: unknown,
  language: Language,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const vocabulary = FIELD_VOCABULARIES[entityType]?.[field];
  const label = (item: unknown) => (typeof item === 'string' && vocabulary?.labels[item] ? vocabulary.labels[item][language] : item);
  return formatChangeValue(Array.isArray(value) ? value.map(label) : label(value), language, names);
}
