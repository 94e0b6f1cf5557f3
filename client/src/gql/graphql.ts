/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Loại người thực hiện thay đổi trong nhật ký (actor kind). */
export type ActorKind =
  /** Khách / Anonymous */
  | 'ANONYMOUS'
  /** Hệ thống / System */
  | 'SYSTEM'
  /** Mã truy cập API / API token */
  | 'TOKEN'
  /** Tài khoản cán bộ / User */
  | 'USER';

/** Điều kiện trên trường kiểu ActorKind. */
export type ActorKindFilter = {
  /** Bằng (equals). */
  eq?: ActorKind | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<ActorKind> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Danh hiệu thi đua hay hình thức khen thưởng (award category). */
export type AwardCategory =
  /** Hình thức khen thưởng / Form of commendation */
  | 'FORM'
  /** Danh hiệu thi đua / Emulation title */
  | 'TITLE';

/** Điều kiện trên trường kiểu AwardCategory. */
export type AwardCategoryFilter = {
  /** Bằng (equals). */
  eq?: AwardCategory | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<AwardCategory> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Cấp khen thưởng (issuing level). */
export type AwardLevel =
  /** Chính phủ / Government */
  | 'GOVERNMENT'
  /** Bộ, ban, ngành, đoàn thể trung ương / Ministry / central body */
  | 'MINISTRY'
  /** Cơ quan, tổ chức, đơn vị / Organisation */
  | 'ORGANIZATION'
  /** Tỉnh, thành phố / Province */
  | 'PROVINCE'
  /** Nhà nước / State */
  | 'STATE';

/** Điều kiện trên trường kiểu AwardLevel. */
export type AwardLevelFilter = {
  /** Bằng (equals). */
  eq?: AwardLevel | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<AwardLevel> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Bộ lọc danh mục khen thưởng (award type filter); các trường cùng cấp kết hợp AND. */
export type AwardTypeFilter = {
  /** Còn áp dụng (active). */
  active?: BooleanFilter | null | undefined;
  /** Tất cả điều kiện đều đúng (and). */
  and?: Array<AwardTypeFilter> | null | undefined;
  /** Danh hiệu hay hình thức (category). */
  category?: AwardCategoryFilter | null | undefined;
  /** Mã (code). */
  code?: StringFilter | null | undefined;
  /** Cấp khen thưởng (level). */
  level?: AwardLevelFilter | null | undefined;
  /** Phủ định (not). */
  not?: AwardTypeFilter | null | undefined;
  /** Ít nhất một điều kiện đúng (or). */
  or?: Array<AwardTypeFilter> | null | undefined;
  /** Áp dụng cho loại đối tượng (subject kind): eq/in khớp khi danh sách đối tượng có giá trị đó. */
  subjectKind?: SubjectKindFilter | null | undefined;
};

/** Điều kiện trên một trường đúng/sai. */
export type BooleanFilter = {
  /** Bằng (equals). */
  eq?: boolean | null | undefined;
};

/** Loại thay đổi trong nhật ký (change action). */
export type ChangeAction =
  /** Tạo mới / Created */
  | 'CREATE'
  /** Xóa / Deleted */
  | 'DELETE'
  /** Sửa / Updated */
  | 'UPDATE';

/** Điều kiện trên trường kiểu ChangeAction. */
export type ChangeActionFilter = {
  /** Bằng (equals). */
  eq?: ChangeAction | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<ChangeAction> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Bộ lọc nhật ký thay đổi (change event filter): ai, cái gì, khi nào; các trường kết hợp AND. */
export type ChangeEventFilter = {
  /** Loại thay đổi: tạo, sửa, xóa (action). */
  action?: ChangeActionFilter | null | undefined;
  /** Người thực hiện (actor): mã toàn cục của tài khoản (User) hoặc mã API (ApiToken); isNull: thay đổi của hệ thống. */
  actorId?: IdFilter | null | undefined;
  /** Loại người thực hiện (actor kind). */
  actorKind?: ActorKindFilter | null | undefined;
  /** Tên người thực hiện lúc thay đổi (actor name), ví dụ { contains: "Nguyễn" }. */
  actorName?: StringFilter | null | undefined;
  /** Bản ghi (entity): mã toàn cục của bản ghi, kể cả bản ghi đã xóa. */
  entityId?: IdFilter | null | undefined;
  /** Loại bản ghi (entity type), tên kiểu GraphQL, ví dụ { in: ["Unit", "Bloc"] }. */
  entityType?: StringFilter | null | undefined;
  /** Khoảng thời gian thay đổi (occurred at): gte từ, lt đến trước. */
  occurredAt?: DateTimeFilter | null | undefined;
  /** Mã yêu cầu HTTP (request id): mọi thay đổi của một lần gọi API. */
  requestId?: StringFilter | null | undefined;
};

/** Dữ liệu tạo đơn vị. */
export type CreateUnitInput = {
  /** Địa bàn tỉnh, thành phố (area). */
  area?: string | null | undefined;
  /** Loại hình đơn vị (kind). */
  kind: UnitKind;
  /** Tên đơn vị (name). */
  name: string;
  /** Ghi chú (note). */
  note?: string | null | undefined;
  /** Đơn vị cấp trên. */
  parentId?: string | number | null | undefined;
  /** Tên viết tắt (short name). */
  shortName?: string | null | undefined;
};

/** Điều kiện trên một thời điểm (date-time filter). */
export type DateTimeFilter = {
  /** Lớn hơn hoặc bằng. */
  gte?: string | null | undefined;
  /** Nhỏ hơn (less than). */
  lt?: string | null | undefined;
};

/** Điều kiện trên một tham chiếu (ID filter): mã toàn cục. */
export type IdFilter = {
  /** Bằng (equals). */
  eq?: string | number | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<string | number> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Chiều sắp xếp: ASC tăng dần, DESC giảm dần. */
export type OrderDirection =
  /** Tăng dần (ascending). */
  | 'ASC'
  /** Giảm dần (descending). */
  | 'DESC';

/** Điều kiện trên một trường chữ (string filter). */
export type StringFilter = {
  /** Chứa chuỗi con, không phân biệt hoa thường và dấu. */
  contains?: string | null | undefined;
  /** Bằng đúng. */
  eq?: string | null | undefined;
  /** Thuộc danh sách. */
  in?: Array<string> | null | undefined;
  /** true: trống; false: có giá trị. */
  isNull?: boolean | null | undefined;
};

/** Đối tượng khen thưởng: tập thể, cá nhân, hộ gia đình (subject kind). */
export type SubjectKind =
  /** Tập thể / Collective */
  | 'COLLECTIVE'
  /** Hộ gia đình / Household */
  | 'HOUSEHOLD'
  /** Cá nhân / Individual */
  | 'INDIVIDUAL';

/** Điều kiện trên trường kiểu SubjectKind. */
export type SubjectKindFilter = {
  /** Bằng (equals). */
  eq?: SubjectKind | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<SubjectKind> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Bộ lọc đơn vị; các trường cùng cấp kết hợp AND. */
export type UnitFilter = {
  /** Tất cả điều kiện đều đúng. */
  and?: Array<UnitFilter> | null | undefined;
  /** Địa bàn tỉnh, thành phố (area). */
  area?: StringFilter | null | undefined;
  /** Là thành viên (bất kỳ năm nào) của khối này. */
  blocId?: IdFilter | null | undefined;
  /** Thời điểm tạo. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Loại hình đơn vị (kind). */
  kind?: UnitKindFilter | null | undefined;
  /** Tên đơn vị (name). */
  name?: StringFilter | null | undefined;
  /** Phủ định. */
  not?: UnitFilter | null | undefined;
  /** Ít nhất một điều kiện đúng. */
  or?: Array<UnitFilter> | null | undefined;
  /** Đơn vị cấp trên. */
  parentId?: IdFilter | null | undefined;
  /** Tên viết tắt (short name). */
  shortName?: StringFilter | null | undefined;
};

/** Loại hình đơn vị (unit kind). */
export type UnitKind =
  /** Hội, hiệp hội / Association */
  | 'ASSOCIATION'
  /** Xã, phường, đặc khu / Commune */
  | 'COMMUNE'
  /** Hợp tác xã / Cooperative */
  | 'COOPERATIVE'
  /** Liên minh hợp tác xã / Cooperative alliance */
  | 'COOPERATIVE_ALLIANCE'
  /** Doanh nghiệp / Enterprise */
  | 'ENTERPRISE'
  /** Tổ chức chính trị – xã hội / Mass organisation */
  | 'MASS_ORGANIZATION'
  /** Khác / Other */
  | 'OTHER'
  /** Đơn vị sự nghiệp công lập / Public service unit */
  | 'PUBLIC_SERVICE_UNIT'
  /** Tổ chức xã hội, xã hội – nghề nghiệp / Social / professional organisation */
  | 'SOCIAL_ORGANIZATION'
  /** Cơ quan nhà nước / State agency */
  | 'STATE_AGENCY';

/** Điều kiện trên trường kiểu UnitKind. */
export type UnitKindFilter = {
  /** Bằng (equals). */
  eq?: UnitKind | null | undefined;
  /** Thuộc danh sách (in). */
  in?: Array<UnitKind> | null | undefined;
  /** true: trống; false: có giá trị (is null). */
  isNull?: boolean | null | undefined;
};

/** Sắp xếp đơn vị. */
export type UnitOrder = {
  /** Chiều sắp xếp. */
  direction?: OrderDirection;
  /** Trường sắp xếp. */
  field: UnitOrderField;
};

/** Trường sắp xếp đơn vị. */
export type UnitOrderField =
  /** Theo thời điểm tạo. */
  | 'CREATED_AT'
  /** Theo loại hình. */
  | 'KIND'
  /** Theo tên. */
  | 'NAME'
  /** Theo thời điểm cập nhật. */
  | 'UPDATED_AT';

/** Sửa đơn vị: chỉ các trường được gửi mới thay đổi. */
export type UpdateUnitInput = {
  /** Địa bàn tỉnh, thành phố (area). */
  area?: string | null | undefined;
  /** Mã đơn vị cần sửa. */
  id: string | number;
  /** Loại hình đơn vị (kind). */
  kind?: UnitKind | null | undefined;
  /** Tên đơn vị (name). */
  name?: string | null | undefined;
  /** Ghi chú (note). */
  note?: string | null | undefined;
  /** Đơn vị cấp trên (parent unit). */
  parentId?: string | number | null | undefined;
  /** Tên viết tắt (short name). */
  shortName?: string | null | undefined;
};

export type ChangeList_EventFragment = { action: ChangeAction, changes: Array<{ field: string, before: unknown, after: unknown }> } & { ' $fragmentName'?: 'ChangeList_EventFragment' };

export type HistoryTimelineQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type HistoryTimelineQuery = { node:
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
    | { id: string, history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
          { id: string, action: ChangeAction, occurredAt: string, actorName: string }
          & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
        )> } }
   | null };

export type UnitOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: UnitFilter | null | undefined;
}>;


export type UnitOptionsQuery = { units: { nodes: Array<{ id: string, name: string, area: string | null }> } };

export type BlocOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type BlocOptionsQuery = { blocs: { nodes: Array<{ id: string, name: string }> } };

export type MovementOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MovementOptionsQuery = { movements: { nodes: Array<{ id: string, name: string }> } };

export type PersonOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PersonOptionsQuery = { people: { nodes: Array<{ id: string, fullName: string, birthYear: number | null, unit: { name: string } | null }> } };

export type HouseholdOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HouseholdOptionsQuery = { households: { nodes: Array<{ id: string, name: string, address: string | null }> } };

export type DecisionOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DecisionOptionsQuery = { decisions: { nodes: Array<{ id: string, number: string | null, issuer: string, issuedOn: string | null, subject: string }> } };

export type AwardTypeOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: AwardTypeFilter | null | undefined;
}>;


export type AwardTypeOptionsQuery = { awardTypes: { nodes: Array<{ id: string, nameVi: string, nameEn: string }> } };

export type EventOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type EventOptionsQuery = { events: { nodes: Array<{ id: string, title: string, heldOn: string }> } };

export type RecordNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RecordNamesQuery = { nodes: Array<
    | { name: string, id: string }
    | { nameVi: string, id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { title: string, id: string }
    | { title: string, id: string }
    | { id: string }
    | { number: string | null, subject: string, id: string }
    | { title: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { fullName: string, id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { displayName: string, id: string }
   | null> };

export type AuditPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ChangeEventFilter | null | undefined;
}>;


export type AuditPageQuery = { changeEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<(
      { id: string, seq: string, occurredAt: string, action: ChangeAction, actorKind: ActorKind, actorId: string | null, actorName: string, requestId: string | null, entityType: string, entityId: string }
      & { ' $fragmentRefs'?: { 'ChangeList_EventFragment': ChangeList_EventFragment } }
    )> } };

export type UnitPageQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitPageQuery = { unit: { id: string, name: string, shortName: string | null, kind: UnitKind, area: string | null, note: string | null, version: number, parent: { id: string, name: string } | null } };

export type UnitsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  search?: string | null | undefined;
  filter?: UnitFilter | null | undefined;
  orderBy?: Array<UnitOrder> | UnitOrder | null | undefined;
}>;


export type UnitsPageQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, shortName: string | null, kind: UnitKind, area: string | null }> } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { unit: { id: string, name: string, shortName: string | null, kind: UnitKind, area: string | null, note: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: string }> } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { unit: { id: string, name: string, shortName: string | null, kind: UnitKind, area: string | null, note: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: string }> } };

export const ChangeList_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeList_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ChangeList_EventFragment, unknown>;
export const HistoryTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Versioned"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeList_event"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeList_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<HistoryTimelineQuery, HistoryTimelineQueryVariables>;
export const UnitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<UnitOptionsQuery, UnitOptionsQueryVariables>;
export const BlocOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlocOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blocs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BlocOptionsQuery, BlocOptionsQueryVariables>;
export const MovementOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MovementOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MovementOptionsQuery, MovementOptionsQueryVariables>;
export const PersonOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonOptionsQuery, PersonOptionsQueryVariables>;
export const HouseholdOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdOptionsQuery, HouseholdOptionsQueryVariables>;
export const DecisionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionOptionsQuery, DecisionOptionsQueryVariables>;
export const AwardTypeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardTypeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardTypeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RANK"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<AwardTypeOptionsQuery, AwardTypeOptionsQueryVariables>;
export const EventOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<EventOptionsQuery, EventOptionsQueryVariables>;
export const RecordNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bloc"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Movement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Covenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CovenantCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}}]}}]} as unknown as DocumentNode<RecordNamesQuery, RecordNamesQueryVariables>;
export const AuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeList_event"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeList_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const UnitPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitPageQuery, UnitPageQueryVariables>;
export const UnitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsPageQuery, UnitsPageQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;