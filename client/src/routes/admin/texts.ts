import { LIMITS } from '@thidua/shared';

/** The server's rules for accounts (server/src/modules/user/user.inputs.ts). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,60}$/;
export const DISPLAY_NAME_MAX = 120;

/** The server's rules for API tokens (server/src/modules/api-token/api-token.inputs.ts). */
export const TOKEN_LIMITS = {
  nameMax: LIMITS.tokenNameMax,
  rateCapacity: { min: 100, max: 10_000_000, default: 20_000 },
  ratePerSecond: { min: 1, max: 1_000_000, default: 200 },
  trustedOperationsMax: 500,
  sha256: /^[0-9a-f]{64}$/,
} as const;

/** Texts the administration tabs share. */
export const adminTexts = {
  title: { vi: 'Quản trị tài khoản và mã API', en: 'Accounts and API tokens' },
  usersTab: { vi: 'Tài khoản', en: 'Accounts' },
  tokensTab: { vi: 'Mã API', en: 'API tokens' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  displayName: { vi: 'Họ tên hiển thị', en: 'Display name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  bloc: { vi: 'Khối thi đua', en: 'Bloc' },
  scope: { vi: 'Đơn vị / khối', en: 'Unit / bloc' },
  status: { vi: 'Trạng thái', en: 'Status' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  locked: { vi: 'Đã khóa', en: 'Locked' },
  mustChange: { vi: 'Chờ đổi mật khẩu', en: 'Must change password' },
  lastLogin: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  never: { vi: 'Chưa lần nào', en: 'Never' },
} as const;
