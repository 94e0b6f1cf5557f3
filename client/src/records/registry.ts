import {
  ActorKind,
  AwardCategory,
  AwardLevel,
  BallotPurpose,
  BallotStatus,
  ProposalStatus,
  ProposedAward,
  BallotThresholdBase,
  BlocKind,
  BlocLevel,
  BlocRole,
  CommendationKind,
  CommendationStatus,
  CovenantStatus,
  CovenantSheetStatus,
  ScoreFinalStage,
  CriterionKind,
  EventKind,
  Gender,
  LineageKind,
  MovementKind,
  MovementScope,
  RecipientCategory,
  MovementStatus,
  SubjectKind,
  TokenScope,
  UnitKind,
  UserRole,
  type Label,
} from '@thidua/shared';
import type { PossibleTypesResultData } from '../gql/possible-types';
import type { Language } from '../i18n/language';
import { COUNCIL_RECORDS } from './council.records';
import { DOCUMENT_RECORDS } from './document.records';
import { DOSSIER_RECORDS } from './dossier.records';
import { ELIGIBILITY_RECORDS } from './eligibility.records';
import { STATISTICS_RECORDS } from './statistics.records';

/** A GraphQL type that implements Node (gql/possible-types.ts, generated from schema.graphql). */
export type NodeType = PossibleTypesResultData['possibleTypes']['Node'][number];

interface Vocabulary {
  labels: Record<string, Label>;
}

/** What the web app knows of one record type. */
export interface RecordTypeEntry {
  /** One record ("Đơn vị" / "Unit"), for the audit filter and "… (đã xóa)" placeholders. */
  label: Label;
  /** Several records, as a list heading reads. */
  plural: Label;
  /** Whether the event log records this type (the audit page offers it as a filter). */
  logged: boolean;
  /** The list page; a record's own page is `<page>/<global id>`. Types without one have no page. */
  page?: string;
  /** The root list fields that show records of this type: asked again when one changes elsewhere (live/refreshPlan.ts). */
  listFields?: readonly string[];
  /** Followed through its own subscription (the comments panel), not by refetching its record's page. */
  ownFeed?: boolean;
  /** Event-log fields named as this type's page and forms call them; the others fall back to components/historyFields.ts. */
  historyFields?: Record<string, Label>;
  /** Enum fields: their values read as the vocabulary's label ("ASSOCIATION" → "Hội, hiệp hội"). */
  vocabularies?: Record<string, Vocabulary>;
  /** JSON fields (lists of objects) as a sentence in the history and the merge dialog; undefined: read as the others. */
  formats?: Record<string, (value: unknown, language: Language) => string | undefined>;
  /** How a reference to a record of this type reads (components/useRecordNames.ts selects these fields). */
  name?: (record: NameFields) => string | undefined;
  /** How a picker's chosen record reads in a shared link (components/useNodeLabels.ts). */
  pickerLabel?: (record: NameFields) => string | undefined;
}

/** The fields records are named by, as the name queries select them. */
export interface NameFields {
  id: string;
  name?: string;
  fullName?: string;
  displayName?: string;
  title?: string;
  number?: string | null;
  subject?: string;
  nameVi?: string;
  area?: string | null;
  issuer?: string;
}

const byName = (record: NameFields) => record.name;
const byTitle = (record: NameFields) => record.title;
const byFullName = (record: NameFields) => record.fullName;
const byNameVi = (record: NameFields) => record.nameVi;

const l = (vi: string, en: string): Label => ({ vi, en });

/**
 * Every record type of the API, by GraphQL type name: the one place the web app lists them. A
 * type missing here fails to compile (the keys are the Node implementations of the schema) and
 * `registry.test.ts` checks the same against gql/possible-types.ts.
 */
export const RECORD_REGISTRY: Record<NodeType, RecordTypeEntry> = {
  Unit: {
    name: byName,
    pickerLabel: (unit) => (unit.area ? `${unit.name} (${unit.area})` : unit.name),
    label: l('Đơn vị', 'Unit'),
    plural: l('Đơn vị', 'Units'),
    logged: true,
    page: '/units',
    listFields: ['units'],
    historyFields: {
      name: l('Tên đơn vị', 'Name'),
      shortName: l('Tên viết tắt', 'Short name'),
      kind: l('Loại hình', 'Kind'),
      parentId: l('Đơn vị cấp trên', 'Parent unit'),
    },
    vocabularies: { kind: UnitKind },
  },
  UnitLineage: {
    label: l('Biến động đơn vị', 'Unit lineage'),
    plural: l('Biến động đơn vị', 'Unit lineage'),
    logged: true,
    historyFields: {
      predecessorId: l('Đơn vị trước', 'Predecessor'),
      successorId: l('Đơn vị sau', 'Successor'),
      kind: l('Loại biến động', 'Kind'),
      effectiveOn: l('Ngày hiệu lực', 'Effective on'),
    },
    vocabularies: { kind: LineageKind },
  },
  UnitFormerName: {
    label: l('Tên gọi trước đây', 'Former name'),
    plural: l('Tên gọi trước đây', 'Former names'),
    logged: true,
    historyFields: {
      name: l('Tên gọi', 'Name'),
      usedFrom: l('Dùng từ ngày', 'Used from'),
      usedUntil: l('Dùng đến ngày', 'Used until'),
      note: l('Ghi chú', 'Note'),
    },
  },
  Person: {
    name: byFullName,
    pickerLabel: byFullName,
    label: l('Cá nhân', 'Person'),
    plural: l('Cá nhân', 'People'),
    logged: true,
    page: '/people',
    listFields: ['people'],
    historyFields: {
      fullName: l('Họ và tên', 'Full name'),
      gender: l('Giới tính', 'Gender'),
      birthYear: l('Năm sinh', 'Birth year'),
    },
    vocabularies: { gender: Gender },
  },
  PersonAffiliation: {
    label: l('Quá trình công tác', 'Affiliation'),
    plural: l('Quá trình công tác', 'Affiliations'),
    logged: true,
    historyFields: {
      unitId: l('Đơn vị công tác', 'Unit'),
      position: l('Chức vụ', 'Position'),
      startedOn: l('Từ ngày', 'From'),
      endedOn: l('Đến ngày', 'Until'),
    },
  },
  Household: {
    name: byName,
    label: l('Hộ gia đình', 'Household'),
    plural: l('Hộ gia đình', 'Households'),
    logged: true,
    listFields: ['households'],
    historyFields: {
      name: l('Tên hộ', 'Name'),
      headName: l('Chủ hộ', 'Head of household'),
      address: l('Địa chỉ', 'Address'),
    },
  },
  Decision: {
    name: (decision) => (decision.number ? `${decision.number} – ${decision.subject}` : decision.subject),
    pickerLabel: (decision) => `${decision.number ?? '(không số)'} – ${decision.issuer}: ${decision.subject}`,
    label: l('Quyết định', 'Decision'),
    plural: l('Quyết định', 'Decisions'),
    logged: true,
    page: '/decisions',
    listFields: ['decisions'],
    historyFields: {
      number: l('Số, ký hiệu', 'Number'),
      issuedOn: l('Ngày ký', 'Issued on'),
      issuer: l('Cơ quan ban hành', 'Issuer'),
      issuerLevel: l('Cấp ban hành', 'Issuer level'),
      subject: l('Trích yếu', 'Subject'),
      signer: l('Người ký', 'Signer'),
      publishedOn: l('Ngày công bố công khai', 'Published on'),
      publishedBy: l('Người công bố', 'Published by'),
    },
    vocabularies: { issuerLevel: AwardLevel },
  },
  Event: {
    name: byTitle,
    label: l('Hội nghị, sự kiện', 'Event'),
    plural: l('Hội nghị, sự kiện', 'Events'),
    logged: true,
    page: '/events',
    listFields: ['events'],
    historyFields: {
      title: l('Tên hội nghị, sự kiện', 'Title'),
      heldOn: l('Ngày tổ chức', 'Held on'),
      venue: l('Địa điểm', 'Venue'),
      hostUnitId: l('Đơn vị chủ trì', 'Host unit'),
      attendees: l('Thành phần tham dự', 'Attendees'),
    },
    vocabularies: { kind: EventKind },
  },
  Bloc: {
    name: byName,
    pickerLabel: byName,
    label: l('Khối, cụm thi đua', 'Bloc'),
    plural: l('Khối, cụm thi đua', 'Blocs & clusters'),
    logged: true,
    page: '/blocs',
    listFields: ['blocs'],
    historyFields: {
      name: l('Tên khối, cụm', 'Name'),
      code: l('Mã khối', 'Code'),
      level: l('Cấp', 'Level'),
      parentId: l('Khối, cụm cấp trên', 'Parent bloc'),
      foundingDecisionId: l('Quyết định thành lập', 'Founding decision'),
      ownerUnitId: l('Tổ chức quản lý', 'Owner organisation'),
    },
    vocabularies: { kind: BlocKind, level: BlocLevel },
  },
  BlocMembership: {
    label: l('Thành viên khối', 'Bloc membership'),
    plural: l('Thành viên khối', 'Bloc memberships'),
    logged: true,
    historyFields: {
      fromYear: l('Từ năm', 'From year'),
      toYear: l('Đến năm', 'To year'),
    },
  },
  BlocYearRole: {
    label: l('Vai trò trong khối theo năm', 'Bloc yearly role'),
    plural: l('Vai trò trong khối theo năm', 'Bloc yearly roles'),
    logged: true,
    historyFields: {
      role: l('Vai trò', 'Role'),
    },
    vocabularies: { role: BlocRole },
  },
  BlocLeader: {
    label: l('Đơn vị dẫn đầu khối', 'Bloc leader'),
    plural: l('Đơn vị dẫn đầu khối', 'Bloc leaders'),
    logged: true,
    historyFields: {
      unitId: l('Đơn vị dẫn đầu', 'Leading unit'),
    },
  },
  Movement: {
    name: byName,
    pickerLabel: byName,
    label: l('Phong trào thi đua', 'Movement'),
    plural: l('Phong trào thi đua', 'Movements'),
    logged: true,
    page: '/movements',
    listFields: ['movements'],
    historyFields: {
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
    vocabularies: { kind: MovementKind, scope: MovementScope, status: MovementStatus },
  },
  Covenant: {
    name: byTitle,
    label: l('Giao ước thi đua', 'Covenant'),
    plural: l('Giao ước thi đua', 'Covenants'),
    logged: true,
    page: '/covenants',
    listFields: ['covenants'],
    historyFields: {
      title: l('Tên giao ước', 'Title'),
      content: l('Nội dung', 'Content'),
      signingEventId: l('Hội nghị ký kết', 'Signing event'),
    },
    vocabularies: { status: CovenantStatus },
  },
  CovenantCriterion: {
    name: byTitle,
    label: l('Tiêu chí giao ước', 'Covenant criterion'),
    plural: l('Tiêu chí giao ước', 'Covenant criteria'),
    logged: true,
    historyFields: {
      parentId: l('Thuộc tiêu chí', 'Parent criterion'),
      rank: l('Thứ tự', 'Order'),
      title: l('Nội dung tiêu chí', 'Criterion'),
      maxScore: l('Điểm tối đa', 'Max score'),
      kind: l('Loại tiêu chí', 'Kind'),
    },
    vocabularies: { kind: CriterionKind },
  },
  CovenantSignature: {
    label: l('Chữ ký giao ước', 'Covenant signature'),
    plural: l('Chữ ký giao ước', 'Covenant signatures'),
    logged: true,
    historyFields: {
      unitId: l('Đơn vị ký', 'Signing unit'),
      signedOn: l('Ngày ký', 'Signed on'),
    },
  },
  BallotSession: {
    name: byTitle,
    label: l('Phiên bỏ phiếu', 'Ballot session'),
    plural: l('Phiên bỏ phiếu', 'Ballot sessions'),
    logged: true,
    // No list page: sessions are listed on their covenant's page, each links to `/ballots/<id>`.
    historyFields: {
      title: l('Tiêu đề', 'Title'),
      covenantId: l('Giao ước', 'Covenant'),
      secret: l('Bỏ phiếu kín', 'Secret ballot'),
      selfVoteAllowed: l('Cho phép tự bỏ phiếu', 'Self-vote allowed'),
      maxChoices: l('Số ứng viên tối đa mỗi phiếu', 'Most choices per ballot'),
      thresholdPercent: l('Tỷ lệ cần đạt (%)', 'Threshold (%)'),
      thresholdBase: l('Tỷ lệ tính trên', 'Threshold base'),
      closedVoterCount: l('Số đơn vị được bỏ phiếu khi kết thúc', 'Voters at close'),
      quorumPercent: l('Số đơn vị bỏ phiếu tối thiểu (%)', 'Quorum (%)'),
      candidateUnitIds: l('Danh sách bầu', 'Candidates'),
      meetingDate: l('Ngày họp', 'Meeting date'),
      venue: l('Địa điểm', 'Venue'),
      chair: l('Chủ trì', 'Chair'),
      secretary: l('Thư ký', 'Secretary'),
      boardGuest: l('Đại diện Ban Thi đua – Khen thưởng', 'Board guest'),
      minutes: l('Biên bản', 'Minutes'),
    },
    vocabularies: { status: BallotStatus, purpose: BallotPurpose, thresholdBase: BallotThresholdBase },
  },
  CommendationProposal: {
    label: l('Đề nghị khen thưởng', 'Commendation proposal'),
    plural: l('Đề nghị khen thưởng', 'Commendation proposals'),
    logged: true,
    // No list page: proposals show on their ballot session and covenant.
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      sessionId: l('Phiên bỏ phiếu', 'Ballot session'),
      unitId: l('Đơn vị', 'Unit'),
      year: l('Năm', 'Year'),
      award: l('Hình thức đề nghị', 'Proposed award'),
      votes: l('Số phiếu', 'Votes'),
      percent: l('Tỷ lệ (%)', 'Share (%)'),
    },
    vocabularies: { award: ProposedAward, status: ProposalStatus },
  },
  BallotParticipation: {
    label: l('Lượt bỏ phiếu', 'Ballot cast'),
    plural: l('Lượt bỏ phiếu', 'Ballots cast'),
    logged: true,
    historyFields: {
      sessionId: l('Phiên bỏ phiếu', 'Ballot session'),
      unitId: l('Đơn vị bỏ phiếu', 'Voting unit'),
      voterUserId: l('Tài khoản bỏ phiếu', 'Voter account'),
      paper: l('Phiếu giấy', 'Paper ballot'),
    },
  },
  CovenantScoringSettings: {
    label: l('Cách chấm điểm giao ước', 'Covenant scoring settings'),
    plural: l('Cách chấm điểm giao ước', 'Covenant scoring settings'),
    logged: true,
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      finalStage: l('Điểm chốt', 'Final score'),
      targetShare: l('Tỉ lệ điểm khi đạt chỉ tiêu', 'Share at target'),
      leaderTolerance: l('Sai số đơn vị dẫn đầu', 'Leader tolerance'),
      leaderNotTwiceInARow: l('Không dẫn đầu hai năm liền', 'Not leader twice in a row'),
      selfAssessmentDueOn: l('Hạn tự chấm', 'Self-assessment due'),
      reviewDueOn: l('Hạn thẩm định', 'Review due'),
    },
    vocabularies: { finalStage: ScoreFinalStage },
  },
  CovenantSheet: {
    label: l('Bảng điểm đơn vị', 'Unit assessment sheet'),
    plural: l('Bảng điểm đơn vị', 'Unit assessment sheets'),
    logged: true,
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      unitId: l('Đơn vị', 'Unit'),
      status: l('Bước', 'Stage'),
      reviewerUnitId: l('Đơn vị chấm chéo', 'Cross-reviewer'),
      submittedBy: l('Người nộp', 'Submitted by'),
      submittedAt: l('Thời điểm nộp', 'Submitted at'),
      reviewedBy: l('Người thẩm định', 'Reviewed by'),
      reviewedAt: l('Thời điểm thẩm định', 'Reviewed at'),
      finalizedBy: l('Người chốt điểm', 'Finalized by'),
      finalizedAt: l('Thời điểm chốt điểm', 'Finalized at'),
    },
    vocabularies: { status: CovenantSheetStatus },
  },
  CovenantTarget: {
    label: l('Chỉ tiêu giao', 'Covenant target'),
    plural: l('Chỉ tiêu giao', 'Covenant targets'),
    logged: true,
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      criterionId: l('Tiêu chí', 'Criterion'),
      unitId: l('Đơn vị', 'Unit'),
      target: l('Chỉ tiêu', 'Target'),
      note: l('Ghi chú', 'Note'),
    },
  },
  CovenantAssessment: {
    label: l('Chấm điểm tiêu chí', 'Criterion assessment'),
    plural: l('Chấm điểm tiêu chí', 'Criterion assessments'),
    logged: true,
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      criterionId: l('Tiêu chí', 'Criterion'),
      unitId: l('Đơn vị', 'Unit'),
      notAssigned: l('Không được giao', 'Not assigned'),
      actualValue: l('Kết quả thực hiện', 'Actual value'),
      met: l('Đạt', 'Met'),
      occurrences: l('Số lần', 'Occurrences'),
      bonusCount: l('Số lần cộng điểm', 'Bonuses'),
      penaltyCount: l('Số lần trừ điểm', 'Penalties'),
      evidence: l('Minh chứng', 'Evidence'),
      selfScoredBy: l('Người tự chấm', 'Self-scored by'),
      selfScoredAt: l('Thời điểm tự chấm', 'Self-scored at'),
      reviewScore: l('Điểm thẩm định', 'Review score'),
      reviewComment: l('Nhận xét thẩm định', 'Review comment'),
      reviewedBy: l('Người thẩm định', 'Reviewed by'),
      reviewedAt: l('Thời điểm thẩm định', 'Reviewed at'),
    },
  },
  StoredFile: {
    label: l('Tệp đính kèm', 'Attached file'),
    plural: l('Tệp đính kèm', 'Attached files'),
    logged: true,
    historyFields: {
      ownerType: l('Loại bản ghi', 'Record type'),
      ownerId: l('Bản ghi', 'Record'),
      covenantAssessmentId: l('Ô chấm điểm', 'Assessment'),
      dossierId: l('Hồ sơ', 'Dossier'),
      purpose: l('Mục đích', 'Purpose'),
      name: l('Tên tệp', 'File name'),
      contentType: l('Kiểu tệp', 'Content type'),
      size: l('Kích thước (byte)', 'Size (bytes)'),
      sha256: l('Mã băm SHA-256', 'SHA-256'),
      uploadedBy: l('Người tải lên', 'Uploaded by'),
    },
  },
  CovenantViolation: {
    label: l('Vi phạm', 'Violation'),
    plural: l('Vi phạm', 'Violations'),
    logged: true,
    historyFields: {
      covenantId: l('Giao ước', 'Covenant'),
      unitId: l('Đơn vị', 'Unit'),
      reason: l('Lý do', 'Reason'),
      serious: l('Nghiêm trọng', 'Serious'),
    },
  },
  AwardType: {
    name: byNameVi,
    pickerLabel: byNameVi,
    label: l('Danh hiệu, hình thức khen thưởng', 'Award type'),
    plural: l('Danh hiệu, hình thức khen thưởng', 'Award types'),
    logged: true,
    listFields: ['awardTypes'],
    historyFields: {
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
    vocabularies: { category: AwardCategory, level: AwardLevel, subjectKinds: SubjectKind },
  },
  Commendation: {
    label: l('Khen thưởng', 'Commendation'),
    plural: l('Khen thưởng', 'Commendations'),
    logged: true,
    page: '/commendations',
    listFields: ['commendations', 'commendationStats'],
    historyFields: {
      householdId: l('Hộ gia đình', 'Household'),
      subjectKind: l('Đối tượng', 'Recipient kind'),
      awardTypeId: l('Danh hiệu, hình thức', 'Award'),
      achievement: l('Thành tích', 'Achievement'),
      kind: l('Loại khen thưởng', 'Kind'),
      recipientCategory: l('Đối tượng cá nhân theo biểu thống kê', 'Recipient category'),
      movementId: l('Phong trào thi đua', 'Movement'),
      presentedAtId: l('Trao tại', 'Presented at'),
      presentedBy: l('Người trao', 'Presented by'),
      revokedOn: l('Ngày thu hồi', 'Revoked on'),
      revocationReason: l('Lý do thu hồi', 'Revocation reason'),
      revocationDecisionId: l('Quyết định thu hồi', 'Revoking decision'),
    },
    vocabularies: { subjectKind: SubjectKind, kind: CommendationKind, status: CommendationStatus, recipientCategory: RecipientCategory },
  },
  CommendationTally: {
    label: l('Số liệu khen thưởng tổng hợp', 'Commendation tally'),
    plural: l('Số liệu khen thưởng tổng hợp', 'Commendation tallies'),
    logged: true,
    listFields: ['commendationTallies'],
    historyFields: {
      reporterUnitId: l('Đơn vị báo cáo', 'Reporting unit'),
      eventId: l('Hội nghị, sự kiện', 'Event'),
      collectiveCount: l('Số tập thể', 'Collectives'),
      individualCount: l('Số cá nhân', 'Individuals'),
      issuers: l('Cấp khen', 'Issuers'),
      awardTypeIds: l('Danh hiệu, hình thức', 'Awards'),
      sourceNote: l('Nguồn', 'Source'),
    },
  },
  User: {
    name: (user) => user.displayName,
    label: l('Tài khoản', 'User'),
    plural: l('Tài khoản', 'Users'),
    logged: true,
    listFields: ['users'],
    historyFields: {
      username: l('Tên đăng nhập', 'Username'),
      displayName: l('Tên hiển thị', 'Display name'),
      role: l('Vai trò', 'Role'),
      active: l('Đang hoạt động', 'Active'),
      mustChangePassword: l('Phải đổi mật khẩu', 'Must change password'),
      passwordHash: l('Mật khẩu', 'Password'),
    },
    vocabularies: { role: UserRole },
  },
  ApiToken: {
    name: byName,
    label: l('Mã truy cập API', 'API token'),
    plural: l('Mã truy cập API', 'API tokens'),
    logged: true,
    listFields: ['apiTokens'],
    historyFields: {
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
    vocabularies: { scopes: TokenScope },
  },
  Comment: {
    label: l('Bình luận', 'Comment'),
    plural: l('Bình luận', 'Comments'),
    logged: true,
    ownFeed: true,
    historyFields: {
      body: l('Nội dung', 'Text'),
      movementId: l('Phong trào thi đua', 'Movement'),
      authorKind: l('Người viết là', 'Written by a'),
      authorName: l('Người viết', 'Author'),
      authorUserId: l('Tài khoản người viết', 'Author account'),
      authorTokenId: l('Mã API người viết', 'Author API token'),
      mentionIds: l('Nhắc đến', 'Mentions'),
    },
    vocabularies: { authorKind: ActorKind },
  },
  ChangeEvent: {
    label: l('Thay đổi', 'Change'),
    plural: l('Nhật ký thay đổi', 'Changes'),
    logged: false,
    vocabularies: { actorKind: ActorKind },
  },
  ...ELIGIBILITY_RECORDS,
  ...DOSSIER_RECORDS,
  ...COUNCIL_RECORDS,
  ...STATISTICS_RECORDS,
  ...DOCUMENT_RECORDS,
};

/** The entry of a GraphQL type name, or undefined for a type the app does not know (yet). */
export function recordEntry(type: string): RecordTypeEntry | undefined {
  return Object.hasOwn(RECORD_REGISTRY, type) ? RECORD_REGISTRY[type as NodeType] : undefined;
}

/** Every entry, as [type, entry] pairs in the registry's order. */
export const recordEntries = (): [NodeType, RecordTypeEntry][] => Object.entries(RECORD_REGISTRY) as [NodeType, RecordTypeEntry][];
