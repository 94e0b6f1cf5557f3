import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { ActorKind, ChangeAction } from '@thidua/shared';
import { Node } from '../../core/db/base.entity.js';
import { ActorKindEnum, ChangeActionEnum } from '../../core/graphql/enums.js';
import { toGlobalId } from '../../core/graphql/global-id.js';

/** Per changed field: its value before and after, as JSON (foreign keys as row ids). */
export type StoredChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One committed change of one record. Written only by the change capture (core/changes), in the
 * transaction of the change itself, and never changed or deleted: a trigger refuses UPDATE,
 * DELETE and TRUNCATE (migration ChangeLog). `seq` grows with commit order (capture takes a lock
 * from insert to COMMIT), so "everything after seq N" is a complete catch-up.
 */
@ObjectType({
  implements: Node,
  description:
    'Sự kiện thay đổi (change event) trong nhật ký: ai, lúc nào, trong yêu cầu nào, tạo/sửa/xóa bản ghi nào và từng trường đổi từ gì sang gì. Chỉ ghi thêm, không sửa, không xóa.',
})
@Entity('change_event')
@Index('ix_change_event__entity', ['entityId', 'id'])
@Index('ix_change_event__actor', ['actorId', 'id'])
@Index('ix_change_event__occurred_at', ['occurredAt'])
@Index('ix_change_event__request', ['requestId'])
@Index('ix_change_event__entity_version', ['entityId', 'entityVersion'])
export class ChangeEvent {
  /** The sequence number (column `seq`): the row id of an event, as a decimal string (bigint). */
  @PrimaryGeneratedColumn('identity', { name: 'seq', type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'pk_change_event' })
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Mã toàn cục của sự kiện (opaque global ID).' })
  get globalId(): string {
    return toGlobalId('ChangeEvent', this.id);
  }

  @Field(() => String, {
    name: 'seq',
    description:
      'Số thứ tự toàn cục (sequence), tăng theo thứ tự ghi nhận; chuỗi chữ số thập phân vì có thể vượt 2^53. So sánh bằng BigInt, hoặc theo độ dài rồi theo chữ.',
  })
  get seq(): string {
    return this.id;
  }

  @Field(() => DateTimeISOResolver, { description: 'Thời điểm thay đổi (occurred at), theo đồng hồ của máy chủ cơ sở dữ liệu.' })
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  @Field(() => ActorKindEnum, { description: 'Loại người thực hiện (actor kind): cán bộ, mã API, hệ thống.' })
  @Column({ type: 'varchar', length: 10 })
  actorKind!: ActorKind;

  /** Row id of the user or API token; null for the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: 'Tên người thực hiện lúc thay đổi (actor name), ví dụ "Nguyễn Văn An (can_bo_ban)".' })
  @Column({ type: 'varchar', length: 300 })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Mã yêu cầu HTTP (request id, header x-request-id); trống với thay đổi của hệ thống.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Field({ description: 'Loại bản ghi (entity type): tên kiểu GraphQL, ví dụ "Unit".' })
  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  /** Row id of the record (it may no longer exist). */
  @Column({ type: 'uuid' })
  entityId!: string;

  @Field(() => ChangeActionEnum, { description: 'Loại thay đổi (action): tạo, sửa, xóa.' })
  @Column({ type: 'varchar', length: 10 })
  action!: ChangeAction;

  @Column({ type: 'jsonb' })
  changes!: StoredChanges;

  @Field(() => Int, {
    nullable: true,
    description: 'Phiên bản bản ghi sau thay đổi (record version after the change; với xóa: phiên bản cuối). Khớp trường version của bản ghi.',
  })
  @Column({ type: 'integer', nullable: true })
  entityVersion!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lý do (reason) người thực hiện nêu, ví dụ khi chuyển trạng thái theo quy trình (transitionCovenant…); trống nếu không nêu.',
  })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
