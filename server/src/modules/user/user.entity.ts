import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { UserRole } from '@thidua/shared';
import { BaseRecord, Node, VIETNAMESE } from '../../core/db/base.entity.js';
import { UserRoleEnum } from '../../core/graphql/enums.js';
import { Bloc } from '../bloc/entities.js';
import { Unit } from '../unit/entities.js';

@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Tài khoản cán bộ (user): đăng nhập bằng mật khẩu; vai trò quyết định được xem và sửa gì. Cán bộ khối gắn với một khối, cán bộ đơn vị gắn với một đơn vị.',
})
@Entity('app_user')
@Unique('uq_app_user__username', ['username'])
export class User extends BaseRecord {
  @Field({ description: 'Tên đăng nhập (username), chữ thường không dấu.' })
  @Column({ length: 60 })
  username!: string;

  @Field({ description: 'Họ tên hiển thị (display name).' })
  @Column({ length: 120, collation: VIETNAMESE })
  displayName!: string;

  @Field(() => UserRoleEnum, { description: 'Vai trò (role).' })
  @Column({ type: 'varchar', length: 20 })
  role!: UserRole;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Index()
  @ManyToOne(() => Bloc, { nullable: true, onDelete: 'RESTRICT' })
  bloc!: Bloc | null;

  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @Field({ description: 'Đang hoạt động (active); tài khoản bị khóa không đăng nhập được.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field({ description: 'Phải đổi mật khẩu ở lần đăng nhập tới (must change password), ví dụ mật khẩu một lần.' })
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** scrypt hash; never exposed. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Lần đăng nhập gần nhất (last login).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
