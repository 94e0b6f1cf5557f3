/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export const UnitPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitPageQuery, UnitPageQueryVariables>;
export const UnitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsPageQuery, UnitsPageQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;