import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ExpectedVersionArg } from '../../core/db/versions.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Dossier } from '../dossier/entities.js';
import { CovenantAssessment } from '../scoring/entities.js';
import { fileUrl } from './file.http.js';
import { filesOf } from './file.loaders.js';
import { StoredFile } from './stored-file.entity.js';

const DeleteStoredFilePayload = Payload<string>('DeleteStoredFile', 'deletedId', () => ID, 'Kết quả xóa tệp đính kèm (delete stored file payload).');

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @FieldResolver(() => String, {
    description: 'Đường dẫn tải về (download URL, GET, cùng phiên đăng nhập hoặc Bearer token): luôn là tệp tải xuống, không mở trong trình duyệt.',
  })
  url(@Root() file: StoredFile): string {
    return fileUrl(file);
  }

  @PayloadMutation(() => DeleteStoredFilePayload, 'Xóa một tệp đính kèm (delete stored file): ai sửa được bản ghi chứa tệp thì xóa được.')
  deleteStoredFile(@Arg('id', () => ID, { description: 'Mã tệp.' }) id: string, @ExpectedVersionArg() expectedVersion: number | null, @Ctx() ctx: Context) {
    return ctx.services.files.delete(ctx.actor, id, expectedVersion);
  }
}

@Resolver(() => CovenantAssessment)
export class CovenantAssessmentFilesResolver {
  @FieldResolver(() => [StoredFile], {
    description: 'Tệp minh chứng (evidence files) của ô chấm điểm, cũ trước mới sau. Tải lên: POST /files với owner = mã ô chấm, purpose = EVIDENCE.',
  })
  evidenceFiles(@Root() assessment: CovenantAssessment, @Ctx() ctx: Context): Promise<StoredFile[]> {
    return filesOf(ctx.loaders, 'CovenantAssessment', 'EVIDENCE').load(assessment.id);
  }
}

@Resolver(() => Dossier)
export class DossierFilesResolver {
  @FieldResolver(() => [StoredFile], {
    description:
      'Tài liệu đính kèm hồ sơ (attachments), cũ trước mới sau; `purpose` là loại tài liệu (DossierAttachmentKind). Tải lên: POST /files với owner = mã hồ sơ, purpose = loại; chỉ khi hồ sơ còn sửa được (chờ chuyển, bị trả lại), đã gửi là DOSSIER_LOCKED.',
  })
  attachments(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<StoredFile[]> {
    return filesOf(ctx.loaders, 'Dossier').load(dossier.id);
  }
}
