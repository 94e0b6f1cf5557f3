import type { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * The last Express handler: errors raised before GraphQL runs (a malformed JSON body, a body too
 * large) answer as GraphQL-over-HTTP errors in JSON with their HTTP status, never Express's HTML
 * page with a stack trace (which it shows whenever process.env.NODE_ENV is not "production").
 * Anything unexpected is logged and answered as INTERNAL_SERVER_ERROR; the stack is included only
 * in development.
 */
export function httpErrors(development: boolean): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number((error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode) || 500;
    const expected = status >= 400 && status < 500;
    if (!expected) console.error('Unexpected HTTP error:', error);
    const message = expected ? 'Yêu cầu không hợp lệ. / Bad request.' : 'Lỗi máy chủ, vui lòng thử lại. / Internal server error.';
    const code = expected ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const stacktrace = development && error instanceof Error ? { stacktrace: error.stack?.split('\n') } : {};
    res.status(expected ? status : 500).json({ errors: [{ message, extensions: { code, ...stacktrace } }] });
  };
}

/** A route no handler answered (the web app answers every GET of its own): JSON, like every other error. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Không tìm thấy. / Not found.', extensions: { code: 'NOT_FOUND' } }] });
};
