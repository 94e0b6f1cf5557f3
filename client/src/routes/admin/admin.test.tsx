import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminTokensDocument, AdminUsersDocument, CreateApiTokenDocument, CreateUserDocument, UnitOptionsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as AdminPage } from './AdminPage';
import { OneTimeSecretDialog } from './OneTimeSecretDialog';

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
const adminUser = {
  __typename: 'User',
  id: 'VXNlcjphZG1pbg',
  username: 'admin',
  displayName: 'Quản trị hệ thống',
  role: 'ADMIN',
  active: true,
  mustChangePassword: false,
  lastLoginAt: '2026-11-21T08:00:00.000Z',
  unit: null,
  bloc: null,
};
const usersMock = {
  request: { query: AdminUsersDocument, variables: () => true },
  result: { data: { users: { __typename: 'UserConnection', totalCount: 1, pageInfo, nodes: [adminUser] } } },
  maxUsageCount: Infinity,
};
const tokensMock = {
  request: { query: AdminTokensDocument, variables: () => true },
  result: { data: { apiTokens: { __typename: 'ApiTokenConnection', totalCount: 0, pageInfo, nodes: [] } } },
  maxUsageCount: Infinity,
};

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => vi.restoreAllMocks());

/** Picks an option of an antd select by its label. */
async function choose(select: HTMLElement, label: string) {
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByTitle(label);
  fireEvent.click(options[options.length - 1]);
}

describe('one-time secret dialog', () => {
  it('shows the secret once, with a warning and a copy button', async () => {
    const onClose = vi.fn();
    renderWithProviders(<OneTimeSecretDialog shown={{ title: 'Mật khẩu một lần của tài khoản thu.nghiem', secret: 'amOm0ZoHR1MiyopW' }} onClose={onClose} />);
    expect(((await screen.findByTestId('secret-value')) as HTMLInputElement).value).toBe('amOm0ZoHR1MiyopW');
    expect(screen.getByTestId('secret-warning').textContent).toContain('chỉ hiện đúng một lần');
    fireEvent.click(screen.getByTestId('secret-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('amOm0ZoHR1MiyopW'));
    expect(await screen.findByText('Đã sao chép')).toBeTruthy();
    fireEvent.click(screen.getByTestId('secret-close'));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('administration page', () => {
  it('creates an account and shows its one-time password once', async () => {
    let sent: Record<string, unknown> = {};
    renderWithProviders(<AdminPage />, {
      route: '/admin',
      mocks: [
        usersMock,
        {
          request: { query: UnitOptionsDocument, variables: () => true },
          result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
          maxUsageCount: Infinity,
        },
        {
          request: { query: CreateUserDocument, variables: (v: { input: Record<string, unknown> }) => ((sent = v.input), true) },
          result: {
            data: {
              createUser: {
                __typename: 'UserWithPasswordPayload',
                user: { __typename: 'User', id: 'VXNlcjpuZXc', username: 'phan.tich.2', displayName: 'Nguyễn Thị Thử' },
                oneTimePassword: 'Xk3mP9qLw2Ze7RtY',
                userErrors: [],
              },
            },
          },
        },
      ] as never[],
    });
    await screen.findByText('Quản trị hệ thống', { selector: 'td' });
    fireEvent.click(screen.getByTestId('create-user'));
    fireEvent.change(await screen.findByTestId('user-username'), { target: { value: 'Phan Tich' } });
    fireEvent.change(screen.getByTestId('user-display-name'), { target: { value: 'Nguyễn Thị Thử' } });
    await choose(screen.getByTestId('user-role'), 'Chuyên viên phân tích');
    fireEvent.click(screen.getByTestId('user-submit'));
    // The server's rule for usernames, before anything is sent.
    expect(await screen.findByText('Tên đăng nhập chỉ gồm 3–60 ký tự a-z, 0-9, dấu chấm, gạch.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('user-username'), { target: { value: 'phan.tich.2' } });
    fireEvent.click(screen.getByTestId('user-submit'));
    expect(((await screen.findByTestId('secret-value')) as HTMLInputElement).value).toBe('Xk3mP9qLw2Ze7RtY');
    expect(sent).toEqual({ username: 'phan.tich.2', displayName: 'Nguyễn Thị Thử', role: 'ANALYST', unitId: null, blocId: null });
    expect(screen.getByText('Mật khẩu một lần của tài khoản phan.tich.2')).toBeTruthy();
  });

  it('creates an API token, shows its secret once, and shows server errors next to their fields', async () => {
    let calls = 0;
    renderWithProviders(<AdminPage />, {
      route: '/admin?tab=tokens',
      mocks: [
        tokensMock,
        {
          request: { query: CreateApiTokenDocument, variables: () => (calls++, true) },
          result: {
            data: {
              createApiToken: {
                __typename: 'CreateApiTokenPayload',
                token: null,
                secret: null,
                userErrors: [{ __typename: 'UserError', field: ['name'], code: 'DUPLICATE', message: 'Bản ghi đã tồn tại.' }],
              },
            },
          },
        },
        {
          request: { query: CreateApiTokenDocument, variables: () => (calls++, true) },
          result: {
            data: {
              createApiToken: {
                __typename: 'CreateApiTokenPayload',
                token: { __typename: 'ApiToken', id: 'QXBpVG9rZW46MQ', name: 'Phần mềm nhân sự tỉnh', prefix: 'b2htRpqf' },
                secret: 'thd_b2htRpqf_s3cr3t',
                userErrors: [],
              },
            },
          },
        },
      ] as never[],
    });
    fireEvent.click(await screen.findByTestId('create-token'));
    fireEvent.change(await screen.findByTestId('token-name'), { target: { value: 'Phần mềm nhân sự tỉnh' } });
    fireEvent.click(screen.getByTestId('token-submit'));
    const nameItem = screen.getByTestId('token-name').closest('.ant-form-item') as HTMLElement;
    expect(await within(nameItem).findByText('Bản ghi đã tồn tại.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('token-submit'));
    expect(((await screen.findByTestId('secret-value')) as HTMLInputElement).value).toBe('thd_b2htRpqf_s3cr3t');
    expect(calls).toBe(2);
  });
});
