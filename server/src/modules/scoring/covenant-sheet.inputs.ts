import { Field, ID, InputType } from 'type-graphql';
import { VersionedUpdate } from '../../core/db/versions.js';

@InputType({
  description:
    'Phân công người thẩm định bảng điểm của một đơn vị (assign covenant sheet reviewer): một đơn vị thành viên khác chấm chéo, hoặc null để trưởng khối (cán bộ khối) thẩm định.',
})
export class AssignCovenantSheetReviewerInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Bảng điểm (covenant sheet).' }) id!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Đơn vị chấm chéo: thành viên của khối trong năm giao ước, không phải chính đơn vị; null là khối thẩm định.',
  })
  reviewerUnitId?: string | null;
}
