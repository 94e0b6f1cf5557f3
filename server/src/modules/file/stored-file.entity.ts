import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { FilePurpose } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Dossier } from '../dossier/entities.js';
import { CovenantAssessment } from '../scoring/entities.js';

/**
 * A file kept in the database (bytea), so a backup of the database is a backup of the files and
 * an upload is one INSERT: a failed or aborted upload leaves nothing. The record it belongs to is
 * `ownerType` + `ownerId` (what access checks read), and also a foreign key per owner type, ON
 * DELETE CASCADE, so the files go (and are logged as deleted) with their record. `content` is
 * never selected with the row: only a download reads it, and the event log leaves it out.
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Tệp đính kèm (stored file) của một bản ghi, ví dụ minh chứng của một ô chấm điểm. Tải về bằng `url` (GET, cùng phiên đăng nhập hoặc Bearer token); ai xem được bản ghi thì tải được tệp của nó.',
})
@Entity()
@Check(
  'ck_stored_file__owner',
  `("owner_type" = 'CovenantAssessment' AND "covenant_assessment_id" = "owner_id" AND "dossier_id" IS NULL) OR ("owner_type" = 'Dossier' AND "dossier_id" = "owner_id" AND "covenant_assessment_id" IS NULL)`,
)
@Check('ck_stored_file__size', '"size" >= 0 AND "size" = octet_length("content")')
@Index('ix_stored_file__owner', ['ownerType', 'ownerId', 'purpose', 'createdAt'])
export class StoredFile extends BaseRecord {
  /** GraphQL type of the record the file belongs to (e.g. CovenantAssessment). */
  @Column({ type: 'varchar', length: 60 })
  ownerType!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => CovenantAssessment, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_stored_file__covenant_assessment' })
  covenantAssessment!: CovenantAssessment | null;

  @Index('ix_stored_file__covenant_assessment')
  @Column({ type: 'uuid', nullable: true })
  covenantAssessmentId!: string | null;

  @ManyToOne(() => Dossier, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'fk_stored_file__dossier' })
  dossier!: Dossier | null;

  @Index('ix_stored_file__dossier')
  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  @Field(() => String, {
    description:
      'Mục đích (purpose) của tệp với bản ghi: EVIDENCE (minh chứng) của ô chấm điểm; với hồ sơ đề nghị là loại tài liệu (DossierAttachmentKind: TOTRINH, BAOCAO…).',
  })
  @Column({ type: 'varchar', length: 30 })
  purpose!: FilePurpose;

  @Field({ description: 'Tên tệp (file name), đã làm sạch: không có đường dẫn, ký tự điều khiển hay ký tự cấm.' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field({ description: 'Kiểu nội dung (content type), xác định từ chữ ký của tệp, không theo trình duyệt gửi lên.' })
  @Column({ type: 'varchar', length: 120 })
  contentType!: string;

  @Field(() => Int, { description: 'Kích thước (size), byte.' })
  @Column({ type: 'int' })
  size!: number;

  @Field({ description: 'Mã băm SHA-256 của nội dung (hex).' })
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** The bytes; never selected with the row (see above). */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Field({ description: 'Người tải lên (uploaded by), như được gọi tên lúc tải.' })
  @Column({ type: 'varchar', length: 300 })
  uploadedBy!: string;

  @Field(() => DateTimeISOResolver, { description: 'Thời điểm tải lên (uploaded at).' })
  get uploadedAt(): Date {
    return this.createdAt;
  }
}
