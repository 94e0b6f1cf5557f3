import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { Node } from '../db/base.entity.js';

export enum ConflictKind {
  EDITED = 'EDITED',
  DELETED = 'DELETED',
  EDITED_BEFORE_DELETE = 'EDITED_BEFORE_DELETE',
}
registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'Loại xung đột phiên bản (conflict kind).',
  valuesConfig: {
    EDITED: { description: 'Người khác đã sửa cùng trường sau phiên bản bạn thấy; không ghi gì.' },
    DELETED: { description: 'Bản ghi đã bị xóa sau khi bạn mở nó (bạn sửa hoặc xóa nó).' },
    EDITED_BEFORE_DELETE: { description: 'Bạn xóa một bản ghi mà người khác đã sửa sau phiên bản bạn thấy.' },
  },
});

@ObjectType({
  description: 'Một trường xung đột (field conflict): giá trị khi bạn mở (base), hiện tại (theirs) và của bạn (yours), dạng JSON; tham chiếu là mã toàn cục.',
})
export class FieldConflict {
  @Field({ description: 'Tên trường như trong input của mutation, ví dụ "name", "parentId".' })
  field!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'Giá trị ở phiên bản bạn đã thấy (base).' })
  base!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Giá trị hiện tại, do người khác đặt (theirs); null nếu bản ghi đã bị xóa.' })
  theirs!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Giá trị bạn gửi (yours); null khi bạn xóa.' })
  yours!: unknown;
}

@ObjectType({
  description:
    'Xung đột phiên bản (version conflict): bản ghi đã đổi sau phiên bản bạn thấy ở cùng trường bạn sửa, hoặc đã bị xóa. Không có gì được ghi. Gửi lại với expectedVersion = currentVersion và chỉ các trường bạn giữ.',
})
export class Conflict {
  @Field(() => ConflictKind, { description: 'Loại xung đột.' })
  kind!: ConflictKind;

  @Field(() => Node, { nullable: true, description: 'Bản ghi như hiện tại (current); null nếu đã bị xóa.' })
  current!: Node | null;

  @Field(() => Int, { nullable: true, description: 'Phiên bản hiện tại; null nếu đã bị xóa.' })
  currentVersion!: number | null;

  @Field(() => [FieldConflict], { description: 'Các trường xung đột; với EDITED_BEFORE_DELETE: các trường người khác đã sửa.' })
  fields!: FieldConflict[];

  @Field(() => [String], { description: 'Ai đã thay đổi bản ghi sau phiên bản bạn thấy (tên lúc thay đổi).' })
  changedBy!: string[];
}
