import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

/** A login session. The cookie carries a random secret; only its SHA-256 is stored. */
@Entity()
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Index()
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user!: User;

  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
