import { Field, ID, InputType, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { LIMITS } from '@thidua/shared';
import { VersionedUpdate } from '../db/versions.js';
import { UserError } from '../errors.js';
import { MaxLen, OneOf } from '../validation.js';
import type { TransitionOption } from './evaluate.js';
import type { TransitionRequest } from './workflow.service.js';

/**
 * The GraphQL face of a workflow, made once per record type: `<Type>TransitionOption` (an entry of
 * `allowedTransitions`) and `Transition<Type>Input` (the input of `transition<Type>`).
 */
export function TransitionOptionType<S extends string>(type: string, stateEnum: object): ClassType<TransitionOption<S>> {
  @ObjectType(`${type}TransitionOption`, {
    description: `Một bước chuyển trạng thái mà người đang xem được phép thực hiện trên bản ghi (${type} transition option); khi điều kiện chưa đủ: allowed = false và blockers nêu lý do.`,
  })
  class Option implements TransitionOption<S> {
    @Field(() => String, { description: 'Tên bước chuyển, ổn định (transition name), ví dụ MARK_SIGNED.' })
    name!: string;

    @Field(() => stateEnum, { description: 'Trạng thái đích (target state): gửi làm `to` của mutation.' })
    to!: S;

    @Field({ description: 'Nhãn nút bấm, tiếng Việt (label).' })
    label!: string;

    @Field({ description: 'Bắt buộc nêu lý do (reason required).' })
    reasonRequired!: boolean;

    @Field({ description: 'Thực hiện được ngay bây giờ (allowed now): không điều kiện nào chặn.' })
    allowed!: boolean;

    @Field(() => [UserError], { description: 'Vì sao chưa thực hiện được (blockers), mỗi điều kiện một lỗi có mã ổn định; rỗng khi allowed.' })
    blockers!: UserError[];
  }
  return Option;
}

export function TransitionInputType<S extends string>(type: string, stateEnum: object, states: readonly S[]): ClassType<TransitionRequest<S>> {
  @InputType(`Transition${type}Input`, { description: `Chuyển trạng thái (transition) theo quy trình: bản ghi, trạng thái đích, lý do, phiên bản đã thấy.` })
  class Input extends VersionedUpdate implements TransitionRequest<S> {
    @Field(() => ID, { description: 'Mã bản ghi.' })
    id!: string;

    @Field(() => stateEnum, { description: 'Trạng thái đích (to); phải là một bước chuyển hợp lệ từ trạng thái hiện tại, xem allowedTransitions.' })
    @OneOf(states)
    to!: S;

    @Field(() => String, { nullable: true, description: 'Lý do (reason); bắt buộc với một số bước (reasonRequired); ghi vào lịch sử (history).' })
    @IsOptional()
    @MaxLen(LIMITS.reasonMax)
    reason?: string | null;
  }
  return Input;
}
