import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import type { ApiErrorCode } from '@thidua/shared';

/**
 * Refusals raised before execution. Apollo takes the status (and headers) from `extensions.http`
 * and removes it from the response; the other extensions reach the client next to `code`.
 */
function refusal(code: ApiErrorCode, message: string, status: number, details: Record<string, unknown> = {}, headers = new HeaderMap()): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status, headers } } });
}

const vi = (n: number) => n.toLocaleString('vi-VN');

export function costLimitExceeded(cost: number, limit: number, atLeast = false): GraphQLError {
  const figure = atLeast ? `hơn ${vi(cost)}` : vi(cost);
  return refusal(
    'COST_LIMIT_EXCEEDED',
    `Truy vấn quá tốn kém: chi phí ước tính ${figure} điểm, tối đa ${vi(limit)}. Hãy giảm first/last hoặc bớt danh sách lồng nhau. / Query cost ${atLeast ? 'over ' : ''}${cost} exceeds the limit of ${limit}.`,
    400,
    { cost, limit },
  );
}

export function depthLimitExceeded(depth: number, limit: number): GraphQLError {
  return refusal('DEPTH_LIMIT_EXCEEDED', `Truy vấn lồng quá sâu: ${depth} cấp, tối đa ${limit}. / Query depth ${depth} exceeds the limit of ${limit}.`, 400, {
    depth,
    limit,
  });
}

export function aliasLimitExceeded(aliases: number, limit: number): GraphQLError {
  return refusal(
    'ALIAS_LIMIT_EXCEEDED',
    `Truy vấn dùng quá nhiều bí danh (alias): ${aliases}, tối đa ${limit}. / ${aliases} aliases exceed the limit of ${limit}.`,
    400,
    { aliases, limit },
  );
}

/** A full leaky bucket: 429 RATE_LIMITED with Retry-After, whoever's bucket it is. */
function bucketFull(message: string, cost: number, remaining: number, retryAfterSeconds: number): GraphQLError {
  return refusal('RATE_LIMITED', message, 429, { cost, remaining, retryAfterSeconds }, new HeaderMap([['retry-after', String(retryAfterSeconds)]]));
}

export function rateLimited(cost: number, remaining: number, retryAfterSeconds: number): GraphQLError {
  return bucketFull(
    `Mã API đã dùng hết hạn mức: truy vấn cần ${vi(cost)} điểm, còn ${vi(remaining)}; thử lại sau ${retryAfterSeconds} giây. / Rate limit exceeded: cost ${cost}, ${remaining} left; retry after ${retryAfterSeconds} s.`,
    cost,
    remaining,
    retryAfterSeconds,
  );
}

export function untrustedOperation(queryHash: string): GraphQLError {
  return refusal(
    'UNTRUSTED_OPERATION',
    'Mã API này chỉ được chạy các thao tác tin cậy đã đăng ký; văn bản truy vấn này không có trong danh sách. / This token may only run its trusted operations.',
    403,
    { queryHash },
  );
}

export function passwordChangeRequired(): GraphQLError {
  return refusal(
    'PASSWORD_CHANGE_REQUIRED',
    'Tài khoản đang dùng mật khẩu một lần: hãy đổi mật khẩu trước khi làm việc khác. / A one-time password is in use: change it first.',
    403,
  );
}

export function introspectionDisabled(): GraphQLError {
  return refusal(
    'GRAPHQL_VALIDATION_FAILED',
    'Cần đăng nhập hoặc dùng mã API để xem lược đồ (introspection). / Introspection is disabled for anonymous requests.',
    400,
  );
}

/** An anonymous address's bucket on the public lookup is full: the same code and headers as a token's. */
export function addressRateLimited(cost: number, remaining: number, retryAfterSeconds: number): GraphQLError {
  return bucketFull(
    `Tra cứu quá nhiều trong thời gian ngắn: thử lại sau ${retryAfterSeconds} giây. / Too many lookups from this address: retry after ${retryAfterSeconds} s.`,
    cost,
    remaining,
    retryAfterSeconds,
  );
}
