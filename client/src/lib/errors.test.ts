import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from './errors';
import { toNamePath, userErrorText } from './userErrors';

describe('errors shown to users', () => {
  it('turns API field paths into form name paths', () => {
    expect(toNamePath(['recipients', '2', 'unitId'])).toEqual(['recipients', 2, 'unitId']);
  });

  it('shows the server text in Vietnamese and an English text by code', () => {
    const error = { field: ['name'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' };
    expect(userErrorText(error, 'vi')).toBe('Trường này là bắt buộc.');
    expect(userErrorText(error, 'en')).toBe('This field is required.');
  });

  it('explains GraphQL, server and network errors in the interface language', () => {
    const notFound = new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] });
    expect(describeError(notFound, 'vi')).toBe('Không tìm thấy trang hoặc bản ghi.');
    const internal = new CombinedGraphQLErrors({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(describeError(internal, 'en')).toBe('The server failed. Please retry.');
    expect(describeError(new TypeError('Failed to fetch'), 'vi')).toContain('Không kết nối được máy chủ');
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'Bạn không có quyền thực hiện thao tác này. / Not allowed.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(describeError(forbidden, 'vi')).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(describeError(forbidden, 'en')).toBe('You are not allowed to do this.');
  });
});
