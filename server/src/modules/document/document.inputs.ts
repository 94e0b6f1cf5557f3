import { Field, InputType } from 'type-graphql';
import { DOCUMENT_TEMPLATE_MAX_LENGTH, DocumentKind } from '@thidua/shared';
import { VersionedUpdate } from '../../core/db/versions.js';
import { MaxLen, OneOf, Required } from '../../core/validation.js';
import { DocumentKindEnum } from '../../core/graphql/enums.js';

@InputType({ description: 'Lưu mẫu văn bản (save document template): tạo khi chưa có, sửa khi đã có (theo phiên bản đã thấy).' })
export class SaveDocumentTemplateInput extends VersionedUpdate {
  @Field(() => DocumentKindEnum, { description: 'Loại văn bản.' })
  @OneOf(DocumentKind.values)
  kind!: DocumentKind;

  @Field({ description: 'Nội dung mẫu; trường lạ với loại văn bản bị từ chối (TEMPLATE_INVALID).' })
  @Required()
  @MaxLen(DOCUMENT_TEMPLATE_MAX_LENGTH)
  body!: string;
}
