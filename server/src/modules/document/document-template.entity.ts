import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Unique } from 'typeorm';
import type { DocumentKind } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { DocumentKindEnum } from '../../core/graphql/enums.js';

/**
 * The Board's template of one kind of document (written in the template language of
 * shared/src/document.ts). Absent until the Board first saves one: the kind's template shipped in
 * code (document/kinds/) is used until then.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description: 'Mẫu văn bản của Ban (document template): một mẫu cho mỗi loại văn bản, dùng cho cả DOCX và PDF.',
})
@Entity()
@Unique('uq_document_template__kind', ['kind'])
export class DocumentTemplate extends BaseRecord {
  @Field(() => DocumentKindEnum, { description: 'Loại văn bản (kind).' })
  @Column({ type: 'varchar', length: 30 })
  kind!: DocumentKind;

  @Field({ description: 'Nội dung mẫu (body) theo cú pháp mẫu văn bản: mỗi dòng một khối, {trường} thay bằng dữ liệu.' })
  @Column({ type: 'text' })
  body!: string;
}
