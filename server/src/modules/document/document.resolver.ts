import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { DocumentTemplate } from './document-template.entity.js';
import { SaveDocumentTemplateInput } from './document.inputs.js';
import { DocumentTemplateInfo } from './document.types.js';

const DocumentTemplatePayload = Payload<DocumentTemplate>(
  'DocumentTemplate',
  'template',
  () => DocumentTemplate,
  'Kết quả lưu mẫu văn bản (document template payload).',
);

@Resolver()
export class DocumentTemplateResolver {
  @Query(() => [DocumentTemplateInfo], {
    description:
      'Mẫu đang dùng của từng loại văn bản (document templates): nội dung, mẫu mặc định, các trường dùng được. Tải văn bản: GET /documents/<loại>/<mã bản ghi>.docx|.pdf.',
  })
  documentTemplates(@Ctx() ctx: Context) {
    return ctx.services.documents.templates(ctx.actor);
  }

  @PayloadMutation(
    () => DocumentTemplatePayload,
    'Lưu mẫu văn bản (save document template): Ban; trường hoặc danh sách lạ với loại văn bản: TEMPLATE_INVALID (nêu tên); CONFLICT nếu expectedVersion đã cũ.',
  )
  saveDocumentTemplate(@Arg('input', { description: 'Loại văn bản, nội dung mẫu, phiên bản đã thấy.' }) input: SaveDocumentTemplateInput, @Ctx() ctx: Context) {
    return ctx.services.documents.save(ctx.actor, input);
  }
}
