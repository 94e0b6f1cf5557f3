import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { TokenScope } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { TokenScopeEnum } from '../../core/graphql/enums.js';
import { User } from '../user/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Mã truy cập API của ứng dụng đối tác (API token): phạm vi quyền, hạn dùng, giới hạn tốc độ, danh sách thao tác tin cậy. Chuỗi bí mật chỉ hiện một lần khi tạo, lưu dạng băm.',
})
@Entity()
@Unique('uq_api_token__prefix', ['prefix'])
export class ApiToken extends BaseRecord {
  @Field({ description: 'Tên gợi nhớ (name), ví dụ "Phần mềm nhân sự tỉnh".' })
  @Column({ length: 120 })
  name!: string;

  @Field({ description: 'Phần đầu của mã (prefix) để nhận ra mã trong nhật ký; không đủ để dùng.' })
  @Column({ length: 20 })
  prefix!: string;

  /** SHA-256 of the secret; never exposed. */
  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Field(() => [TokenScopeEnum], { description: 'Phạm vi quyền (scopes): READ chỉ đọc; WRITE được ghi.' })
  @Column({ type: 'varchar', length: 10, array: true })
  scopes!: TokenScope[];

  @Field(() => DateTimeISOResolver, { description: 'Hết hạn lúc (expires at).' })
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Thu hồi lúc (revoked at); đã thu hồi thì không dùng được.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Chỉ cho phép các thao tác tin cậy này (trusted operations): mã SHA-256 của văn bản truy vấn; trống là cho phép mọi thao tác.',
  })
  @Column({ type: 'varchar', length: 64, array: true, nullable: true })
  trustedOperations!: string[] | null;

  @Field(() => Int, { description: 'Dung lượng "xô" giới hạn tốc độ, tính theo điểm chi phí (rate limit capacity).' })
  @Column({ type: 'int', default: 20_000 })
  rateCapacity!: number;

  @Field(() => Int, { description: 'Số điểm chi phí "rò" khỏi xô mỗi giây (leak rate per second).' })
  @Column({ type: 'int', default: 200 })
  ratePerSecond!: number;

  /** Leaky bucket state: the level after the last request, and when. */
  @Column({ type: 'double precision', default: 0 })
  bucketLevel!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  bucketAt!: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  createdBy!: User | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Lần dùng gần nhất (last used).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
