import { Field, Int, ObjectType } from 'type-graphql';
import { BlocMembership } from './bloc-membership.entity.js';

/** A unit's place in a bloc in one year; built from the membership covering that year. */
@ObjectType({
  description:
    'Thành viên khối trong một năm (bloc member): đơn vị, tư cách thành viên bao năm đó, vai trò năm đó (trưởng khối, phó khối, thành viên) và có dẫn đầu khối năm đó không.',
})
export class BlocMember {
  @Field(() => BlocMembership, { description: 'Tư cách thành viên bao năm này (membership).' })
  membership: BlocMembership;

  @Field(() => Int, { description: 'Năm đang xem (year).' })
  year: number;

  constructor(membership: BlocMembership, year: number) {
    this.membership = membership;
    this.year = year;
  }
}
