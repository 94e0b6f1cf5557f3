import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { MaxLen, Year } from '../../core/validation.js';

/** Inputs of the membership and per-year mutations (members, head and deputy, leading unit). */

@InputType({ description: 'Thêm đơn vị vào khối (add bloc member input) cho một giai đoạn.' })
export class AddBlocMemberInput {
  @Field(() => ID, { description: 'Khối, cụm (bloc).' }) blocId!: string;
  @Field(() => ID, { description: 'Đơn vị thành viên (unit).' }) unitId!: string;
  @Field(() => Int, { description: 'Từ năm (from year).' }) @Year() fromYear!: number;
  @Field(() => Int, { nullable: true, description: 'Đến năm, tính cả năm đó (to year); trống là vẫn còn.' }) @IsOptional() @Year() toYear?: number | null;
  @Field(() => String, { nullable: true, description: 'Ghi chú (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?: string | null;
}

@InputType({ description: 'Kết thúc tư cách thành viên khối (end bloc membership input).' })
export class EndBlocMembershipInput {
  @Field(() => ID, { description: 'Tư cách thành viên (membership).' }) membershipId!: string;
  @Field(() => Int, { description: 'Năm cuối cùng còn là thành viên (to year).' }) @Year() toYear!: number;
}

@InputType({
  description: 'Đặt trưởng khối, phó khối của một năm (set bloc year roles input). Trường không gửi thì giữ nguyên; gửi null là bỏ vai trò đó.',
})
export class SetBlocYearRolesInput {
  @Field(() => ID, { description: 'Khối, cụm (bloc).' }) blocId!: string;
  @Field(() => Int, { description: 'Năm (year).' }) @Year() year!: number;
  @Field(() => ID, { nullable: true, description: 'Đơn vị trưởng khối (head unit); phải là thành viên năm đó.' }) headUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị phó khối (deputy unit); phải là thành viên năm đó, khác trưởng khối.' })
  deputyUnitId?: string | null;
}

@InputType({ description: 'Ghi nhận đơn vị dẫn đầu khối của một năm (record bloc leader input); thay đơn vị dẫn đầu đã ghi của năm đó.' })
export class RecordBlocLeaderInput {
  @Field(() => ID, { description: 'Khối, cụm (bloc).' }) blocId!: string;
  @Field(() => Int, { description: 'Năm (year).' }) @Year() year!: number;
  @Field(() => ID, { description: 'Đơn vị dẫn đầu (unit); phải là thành viên năm đó.' }) unitId!: string;
  @Field(() => String, { nullable: true, description: 'Ghi chú: kết quả bình xét, số phiếu (note).' }) @IsOptional() @MaxLen(LIMITS.textMax) note?:
    string | null;
}

@InputType({ description: 'Bỏ đơn vị dẫn đầu khối của một năm (clear bloc leader input).' })
export class ClearBlocLeaderInput {
  @Field(() => ID, { description: 'Khối, cụm (bloc).' }) blocId!: string;
  @Field(() => Int, { description: 'Năm (year).' }) @Year() year!: number;
}
