import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiErrorCode, UserErrorCode } from '@thidua/shared';
import { USER_ERROR_MESSAGES_VI } from '@thidua/shared';

/**
 * Errors the server raises on purpose. Each carries a code from a closed union; `format-error.ts`
 * maps them once to `extensions.code`. Anything else is an internal error.
 */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `Không tìm thấy ${what}. / Not found.`);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export interface UserErrorData {
  field: string[];
  message: string;
  code: UserErrorCode;
  /** Global ID of the existing record the error is about (the record a DUPLICATE copies). */
  recordId?: string | null;
}

@ObjectType({
  description: 'Lỗi nghiệp vụ do người dùng gây ra (user error): trả về trong payload của mutation, không có gì được ghi.',
})
export class UserError implements UserErrorData {
  @Field(() => [String], { description: 'Đường dẫn tới trường nhập sai, tính từ input (field path), ví dụ ["recipients","2","unitId"].' })
  field!: string[];

  @Field({ description: 'Thông báo cho người dùng, tiếng Việt (message).' })
  message!: string;

  @Field(() => String, { description: 'Mã lỗi ổn định (stable code), xem UserErrorCode trong gói shared.' })
  code!: UserErrorCode;

  @Field(() => ID, {
    nullable: true,
    description:
      'Bản ghi đã có mà lỗi nói tới (existing record), ví dụ với DUPLICATE: khối đã dùng mã này, khen thưởng đã ghi nhận; mở bằng node(id:). Null khi lỗi không gắn với bản ghi nào.',
  })
  recordId?: string | null;
}

/** Thrown by services for business problems; mutations turn it into `userErrors` and roll back. */
export class UserErrors extends Error {
  constructor(readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

export function userError(field: string | string[], code: UserErrorCode, message?: string, recordId?: string): UserErrorData {
  return {
    field: Array.isArray(field) ? field : field.split('.'),
    code,
    message: message ?? USER_ERROR_MESSAGES_VI[code],
    ...(recordId ? { recordId } : {}),
  };
}

/** Collects problems while a service checks an input, then throws them all at once. */
export class Problems {
  readonly list: UserErrorData[] = [];
  add(field: string | string[], code: UserErrorCode, message?: string, recordId?: string): void {
    this.list.push(userError(field, code, message, recordId));
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.any) throw new UserErrors(this.list);
  }
}
