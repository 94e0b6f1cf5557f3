import { Field, Mutation, ObjectType, UseMiddleware, type ClassType, type MiddlewareFn } from 'type-graphql';

/** The return-type thunk `@Field` takes. */
type FieldType = Parameters<typeof Field>[0] & (() => unknown);
import { ArgumentValidationError } from 'type-graphql';
import { UserError, UserErrors, userError } from '../errors.js';
import { ConflictError } from '../db/versions.js';
import { Conflict } from './conflict.type.js';
import { toUserErrors } from '../validation.js';
import { trimTextArgs } from './trim.js';

export interface PayloadShape<T> {
  record: T | null;
  userErrors: UserError[];
  conflict?: Conflict | null;
}

/**
 * `<Name>Payload { <field>: T, userErrors: [UserError!]! }`: the result of every mutation.
 * On a business problem the record is null and userErrors says why; nothing was written.
 */
export function Payload<T>(name: string, field: string, type: FieldType, description: string): ClassType<PayloadShape<T>> {
  @ObjectType(`${name}Payload`, { description })
  class PayloadType implements PayloadShape<T> {
    @Field(type, { name: field, nullable: true, description: 'Bản ghi sau thao tác; null khi có lỗi.' })
    record!: T | null;

    @Field(() => [UserError], { description: 'Lỗi nghiệp vụ; rỗng khi thành công.' })
    userErrors!: UserError[];

    @Field(() => Conflict, {
      nullable: true,
      description:
        'Xung đột phiên bản (khi expectedVersion đã cũ và người khác đã sửa cùng trường, hoặc bản ghi đã bị xóa); null nếu không. Khi có: không ghi gì, userErrors có mã CONFLICT.',
    })
    conflict?: Conflict | null;
  }
  return PayloadType;
}

/**
 * Wraps a mutation resolver: its text arguments are trimmed (`trimTextArgs`) before they are
 * validated; its return value becomes `{ record, userErrors: [] }`; input validation failures and
 * `UserErrors` thrown by services become `userErrors`.
 */
export const userErrorsMiddleware: MiddlewareFn = async ({ args, info }, next) => {
  trimTextArgs(args, info.parentType.getFields()[info.fieldName]!.args);
  try {
    const record = await next();
    return { record: record ?? null, userErrors: [], conflict: null };
  } catch (error) {
    if (error instanceof UserErrors) return { record: null, userErrors: error.errors };
    if (error instanceof ConflictError) return { record: null, userErrors: [userError('expectedVersion', 'CONFLICT')], conflict: error.conflict };
    if (error instanceof ArgumentValidationError) {
      return { record: null, userErrors: toUserErrors(error.extensions.validationErrors) };
    }
    throw error;
  }
};

/** A mutation answering with a payload (see `Payload`); the resolver returns just the record. */
export function PayloadMutation(returns: () => ClassType, description: string): MethodDecorator {
  return (target, key, descriptor) => {
    Mutation(returns, { description })(target, key, descriptor);
    UseMiddleware(userErrorsMiddleware)(target, key, descriptor);
  };
}

/**
 * A mutation whose payload has several result fields (e.g. `{ token, secret, userErrors }`):
 * the resolver returns an object with those fields; on a problem they take `empty`'s values.
 */
export function SpreadPayloadMutation(returns: () => ClassType, description: string, empty: Record<string, unknown>): MethodDecorator {
  const spread: MiddlewareFn = async (data, next) => {
    const { record, userErrors, conflict } = (await userErrorsMiddleware(data, next)) as PayloadShape<Record<string, unknown>>;
    return { ...empty, ...(record ?? {}), userErrors, conflict };
  };
  return (target, key, descriptor) => {
    Mutation(returns, { description })(target, key, descriptor);
    UseMiddleware(spread)(target, key, descriptor);
  };
}
