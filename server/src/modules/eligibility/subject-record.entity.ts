import { Column, Index, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../core/db/base.entity.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';

/** A fact about exactly one subject, a unit (collective) or a person (individual). */
export abstract class SubjectRecord extends BaseRecord {
  @Index()
  @ManyToOne(() => Unit, { nullable: true, onDelete: 'CASCADE' })
  unit!: Unit | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Index()
  @ManyToOne(() => Person, { nullable: true, onDelete: 'CASCADE' })
  person!: Person | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** The subject's global ID; each concrete type exposes it as `subjectId`. */
  get subjectGlobalId(): string {
    return this.personId ? toGlobalId(Person.name, this.personId) : toGlobalId(Unit.name, this.unitId!);
  }
}
