import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsNumber, ValidateNested } from 'class-validator';
import { CertificateField, DOCUMENT_TEMPLATE_MAX_LENGTH, DocumentKind } from '@thidua/shared';
import { CertificateFieldInput } from './certificate.types.js';
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

@InputType({ description: 'Lưu bố cục phôi của một hình thức khen thưởng (save certificate layout): tạo khi chưa có, sửa khi đã có.' })
export class SaveCertificateLayoutInput extends VersionedUpdate {
  @Field(() => ID, { description: 'Hình thức khen thưởng (award type).' })
  awardTypeId!: string;

  @Field(() => Float, { description: 'Chiều rộng trang, mm.' })
  @IsNumber()
  pageWidth!: number;

  @Field(() => Float, { description: 'Chiều cao trang, mm.' })
  @IsNumber()
  pageHeight!: number;

  @Field(() => [CertificateFieldInput], { description: 'Các trường; trường không có trong danh sách thì không in.' })
  @ArrayMaxSize(CertificateField.values.length)
  @ValidateNested()
  fields!: CertificateFieldInput[];
}
