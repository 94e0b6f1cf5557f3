import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, Unique } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { Unit } from '../unit/entities.js';
import { Covenant } from './covenant.entity.js';

@ObjectType({ implements: [Node, BaseRecord], description: 'Chữ ký giao ước của một đơn vị thành viên (covenant signature): người ký, chức vụ, ngày ký.' })
@Entity()
@Unique('uq_covenant_signature__unit_id', ['covenantId', 'unitId'])
export class CovenantSignature extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  @Index()
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit!: Unit;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: 'Người ký (signer name); trống khi nguồn không nêu.' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ người ký (signer title).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle!: string | null;

  @Field(() => LocalDateResolver, { description: 'Ngày ký (signed on).' })
  @Column({ type: 'date' })
  signedOn!: string;
}
