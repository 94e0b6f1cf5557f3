import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import { toGlobalId } from '../graphql/global-id.js';

/** ICU collation for names, so lists sort the Vietnamese way (Đ after D, tones in order). */
export const VIETNAMESE = 'vi-VN-x-icu';

@InterfaceType('Node', {
  description: 'Một bản ghi có mã toàn cục (Node). Every record has an opaque global ID usable with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** Row id (uuid). Not exposed; the API exposes the global ID below. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Mã toàn cục, không đổi (opaque global ID).' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** Columns every mutable record has: timestamps and an optimistic-locking version. */
@InterfaceType('Versioned', {
  implements: Node,
  description: 'Bản ghi có dấu thời gian và phiên bản (versioned record): mọi bản ghi sửa được.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class BaseRecord extends Node {
  @Field(() => DateTimeISOResolver, { description: 'Thời điểm tạo (created at).' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'Thời điểm cập nhật gần nhất (updated at).' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Phiên bản, tăng sau mỗi lần sửa (version, for optimistic locking).' })
  @VersionColumn()
  version!: number;
}
