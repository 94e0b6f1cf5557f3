import { Field, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';

@ObjectType({
  description:
    'Thay đổi của một trường (field change): giá trị trước và sau, dạng JSON. Tham chiếu tới bản ghi khác là mã toàn cục (ví dụ parentId, movementIds); khi tạo mới thì before là null, khi xóa thì after là null.',
})
export class FieldChange {
  @Field({ description: 'Tên trường (field), như trong input của mutation, ví dụ "name", "parentId", "movementIds".' })
  field!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'Giá trị trước thay đổi (before).' })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Giá trị sau thay đổi (after).' })
  after!: unknown;
}
