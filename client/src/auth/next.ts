/** Where to go after signing in: `?next=` holds a path inside the app, never another site. */
export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/change-password';

/** A path inside the app to return to, or "/" for anything else (absent, another origin, the login page itself). */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  const path = raw.split(/[?#]/)[0];
  if (path === LOGIN_PATH || path === CHANGE_PASSWORD_PATH) return '/';
  return raw;
}

function withNext(base: string, next: string | null | undefined): string {
  const target = safeNext(next);
  return target === '/' ? base : `${base}?next=${encodeURIComponent(target)}`;
}

/** The login page, coming back to `next` (path + search) afterwards. */
export const loginPath = (next?: string | null) => withNext(LOGIN_PATH, next);

/** The change-password page, going on to `next` afterwards. */
export const changePasswordPath = (next?: string | null) => withNext(CHANGE_PASSWORD_PATH, next);
