import { Field, ObjectType } from 'type-graphql';
import type { DocumentKind } from '@thidua/shared';
import { DocumentKindEnum } from '../../core/graphql/enums.js';
import { DocumentTemplate } from './document-template.entity.js';

@ObjectType({ description: 'Một trường dùng được trong mẫu văn bản (placeholder): {tên} trong đoạn văn, hoặc trường của một danh sách trong bảng.' })
export class DocumentPlaceholder {
  @Field({ description: 'Tên trường, viết trong mẫu là {tên} (name).' }) name!: string;
  @Field({ description: 'Trường chứa gì (description).' }) description!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Danh sách chứa trường này (list), dùng trong [[danh-sách | Tiêu đề: {tên}]]; null: trường của văn bản.',
  })
  list!: string | null;
}

@ObjectType({ description: 'Mẫu đang dùng của một loại văn bản (document template in use): mẫu Ban đã lưu, hoặc mẫu mặc định.' })
export class DocumentTemplateInfo {
  @Field(() => DocumentKindEnum, { description: 'Loại văn bản (kind).' }) kind!: DocumentKind;
  @Field({ description: 'Tên loại văn bản (label).' }) label!: string;
  @Field({ description: 'Nội dung mẫu đang dùng (body).' }) body!: string;
  @Field({ description: 'Mẫu mặc định của phần mềm (default body), để khôi phục.' }) defaultBody!: string;
  @Field(() => DocumentTemplate, { nullable: true, description: 'Bản ghi mẫu của Ban (template), có phiên bản và lịch sử; null khi đang dùng mẫu mặc định.' })
  template!: DocumentTemplate | null;
  @Field(() => [DocumentPlaceholder], { description: 'Các trường dùng được (placeholders).' }) placeholders!: DocumentPlaceholder[];
}
