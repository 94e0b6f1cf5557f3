import { IsIn, IsInt, Max, MaxLength, Min, ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
import { LIMITS, type UserErrorCode } from '@thidua/shared';
import type { UserErrorData } from './errors.js';

/**
 * Input validation decorators with Vietnamese messages and stable codes (carried in the
 * constraint's `context`), shared by every input type.
 */
const withCode = (code: UserErrorCode, message: string): ValidationOptions => ({ message, context: { code } });

/**
 * Text that shows nothing: spaces, control characters and invisible format characters (zero-width
 * spaces and joiners, BOM, direction marks), and the Hangul fillers that render as blank.
 */
const BLANK = /^[\s\p{Z}\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]*$/u;
export const isBlank = (text: string) => BLANK.test(text);

/** Present and, for text, not blank (only spaces, control or zero-width characters). */
export function Required(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'required',
      validator: { validate: (value: unknown) => value !== null && value !== undefined && (typeof value !== 'string' || !isBlank(value)) },
    },
    withCode('REQUIRED', 'Trường này là bắt buộc.'),
  );
}

export function MaxLen(max: number): PropertyDecorator {
  return MaxLength(max, withCode('TOO_LONG', `Tối đa ${max} ký tự.`));
}

export function IntBetween(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    IsInt(withCode('INVALID', 'Cần một số nguyên.'))(target, key);
    Min(min, withCode('OUT_OF_RANGE', `Giá trị nhỏ nhất là ${min}.`))(target, key);
    Max(max, withCode('OUT_OF_RANGE', `Giá trị lớn nhất là ${max}.`))(target, key);
  };
}

export function Year(): PropertyDecorator {
  return IntBetween(LIMITS.yearMin, LIMITS.yearMax);
}

export function NumberBetween(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    Min(min, withCode('OUT_OF_RANGE', `Giá trị nhỏ nhất là ${min}.`))(target, key);
    Max(max, withCode('OUT_OF_RANGE', `Giá trị lớn nhất là ${max}.`))(target, key);
  };
}

export function OneOf(values: readonly string[]): PropertyDecorator {
  return IsIn([...values], withCode('INVALID', 'Giá trị không nằm trong danh sách cho phép.'));
}

/** Flattens class-validator errors into user errors with field paths. */
export function toUserErrors(errors: ValidationError[], path: string[] = []): UserErrorData[] {
  const out: UserErrorData[] = [];
  for (const error of errors) {
    const field = [...path, error.property];
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const code = (error.contexts?.[constraint]?.code as UserErrorCode | undefined) ?? 'INVALID';
      out.push({ field, code, message });
    }
    if (error.children?.length) out.push(...toUserErrors(error.children, field));
  }
  return out;
}
