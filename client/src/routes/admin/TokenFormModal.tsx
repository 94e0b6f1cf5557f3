import { useEffect } from 'react';
import { Alert, Checkbox, Col, Form, Input, InputNumber, Modal, Row, type ButtonProps } from 'antd';
import { DateInput } from '../../components/DateInput';
import dayjs, { type Dayjs } from 'dayjs';
import { TokenScope } from '@thidua/shared';
import type { TokenScope as TokenScopeValue } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import type { OneTimeSecret } from './OneTimeSecretDialog';
import { TOKEN_LIMITS } from './texts';
import { useCreateApiToken } from './useTokenMutations';

interface Values {
  name: string;
  scopes: TokenScopeValue[];
  expiresAt: Dayjs;
  rateCapacity?: number | null;
  ratePerSecond?: number | null;
  /** One SHA-256 (hex) per line. */
  trustedOperations?: string;
}

const TEXTS = {
  title: { vi: 'Tạo mã API cho ứng dụng đối tác', en: 'New API token for a partner app' },
  name: { vi: 'Tên gợi nhớ', en: 'Name' },
  namePlaceholder: { vi: 'Ví dụ: Phần mềm nhân sự tỉnh', en: 'e.g. Provincial HR software' },
  scopes: { vi: 'Phạm vi quyền', en: 'Scopes' },
  scopesHelp: {
    vi: 'Đọc: xem mọi dữ liệu. Ghi: sửa mọi dữ liệu nghiệp vụ (thường cần cả Đọc).',
    en: 'Read: see all data. Write: change all domain data (usually with Read).',
  },
  scopesNeeded: { vi: 'Chọn ít nhất một phạm vi quyền.', en: 'Choose at least one scope.' },
  expiresAt: { vi: 'Hết hạn ngày', en: 'Expires on' },
  future: { vi: 'Ngày hết hạn phải ở tương lai.', en: 'The expiry must be in the future.' },
  rateCapacity: { vi: 'Dung lượng giới hạn tốc độ (điểm)', en: 'Rate limit capacity (points)' },
  ratePerSecond: { vi: 'Điểm hồi phục mỗi giây', en: 'Points leaked per second' },
  byDefault: { vi: 'Mặc định', en: 'Default' },
  trusted: { vi: 'Thao tác tin cậy (không bắt buộc)', en: 'Trusted operations (optional)' },
  trustedHelp: {
    vi: 'Mỗi dòng một mã SHA-256 (hex, 64 ký tự) của văn bản truy vấn được phép; để trống là cho phép mọi thao tác.',
    en: 'One SHA-256 (hex, 64 characters) of an allowed query text per line; empty allows every operation.',
  },
  trustedInvalid: { vi: 'Dòng {n} không phải mã SHA-256 dạng hex (64 ký tự).', en: 'Line {n} is not a SHA-256 in hex (64 characters).' },
  trustedTooMany: { vi: `Tối đa ${TOKEN_LIMITS.trustedOperationsMax} thao tác.`, en: `At most ${TOKEN_LIMITS.trustedOperationsMax} operations.` },
  between: { vi: 'Từ {min} đến {max}.', en: 'From {min} to {max}.' },
  secretOf: { vi: 'Chuỗi bí mật của mã API', en: 'Secret of the API token' },
  secretHint: {
    vi: 'Ứng dụng đối tác gửi kèm mỗi yêu cầu: Authorization: Bearer <chuỗi bí mật>.',
    en: 'The partner app sends it with every request: Authorization: Bearer <secret>.',
  },
};

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Creates an API token: scopes, expiry, rate limit, trusted operations; its secret is shown once. */
export function TokenFormModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(secret: OneTimeSecret): void }) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [create, { loading }] = useCreateApiToken();
  const r = rules(language);
  const between = (min: number, max: number) => text.between.replace('{min}', formatNumber(min)).replace('{max}', formatNumber(max));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearProblems();
  }, [open, form, clearProblems]);

  const submit = async (values: Values) => {
    const trusted = lines(values.trustedOperations).map((line) => line.toLowerCase());
    const input = {
      name: values.name.trim(),
      scopes: values.scopes,
      expiresAt: values.expiresAt.endOf('day').toISOString(),
      rateCapacity: values.rateCapacity ?? null,
      ratePerSecond: values.ratePerSecond ?? null,
      trustedOperations: trusted.length ? trusted : null,
    };
    const payload = await save(async () => (await create({ variables: { input } })).data!.createApiToken);
    if (!payload) return;
    onClose();
    onCreated({ title: `${text.secretOf} “${payload.token!.name}”`, secret: payload.secret!, hint: text.secretHint });
  };

  return (
    <Modal
      open={open}
      title={text.title}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'token-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ scopes: ['READ'], expiresAt: dayjs().add(1, 'year').startOf('day') }}>
        <Form.Item name="name" label={text.name} rules={[r.required, r.max(TOKEN_LIMITS.nameMax)]}>
          <Input placeholder={text.namePlaceholder} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="scopes" label={text.scopes} extra={text.scopesHelp} rules={[{ required: true, type: 'array', min: 1, message: text.scopesNeeded }]}>
          <Checkbox.Group options={TokenScope.values.map((value) => ({ value, label: TokenScope.labels[value][language] }))} data-testid="token-scopes" />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={text.expiresAt}
          rules={[
            { required: true, message: t('required') },
            r.date,
            {
              validator: (_, value: Dayjs | undefined) =>
                !dayjs.isDayjs(value) || value.endOf('day').isAfter(dayjs()) ? Promise.resolve() : Promise.reject(new Error(text.future)),
            },
          ]}
        >
          <DateInput disabledDate={(day) => day.endOf('day').isBefore(dayjs())} data-testid="token-expires" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="rateCapacity"
              label={text.rateCapacity}
              rules={[
                {
                  type: 'integer',
                  min: TOKEN_LIMITS.rateCapacity.min,
                  max: TOKEN_LIMITS.rateCapacity.max,
                  message: between(TOKEN_LIMITS.rateCapacity.min, TOKEN_LIMITS.rateCapacity.max),
                },
              ]}
            >
              <InputNumber style={{ width: '100%' }} placeholder={`${text.byDefault}: ${formatNumber(TOKEN_LIMITS.rateCapacity.default)}`} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="ratePerSecond"
              label={text.ratePerSecond}
              rules={[
                {
                  type: 'integer',
                  min: TOKEN_LIMITS.ratePerSecond.min,
                  max: TOKEN_LIMITS.ratePerSecond.max,
                  message: between(TOKEN_LIMITS.ratePerSecond.min, TOKEN_LIMITS.ratePerSecond.max),
                },
              ]}
            >
              <InputNumber style={{ width: '100%' }} placeholder={`${text.byDefault}: ${formatNumber(TOKEN_LIMITS.ratePerSecond.default)}`} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="trustedOperations"
          label={text.trusted}
          extra={text.trustedHelp}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const given = lines(value);
                if (given.length > TOKEN_LIMITS.trustedOperationsMax) return Promise.reject(new Error(text.trustedTooMany));
                const bad = given.findIndex((line) => !TOKEN_LIMITS.sha256.test(line.toLowerCase()));
                return bad < 0 ? Promise.resolve() : Promise.reject(new Error(text.trustedInvalid.replace('{n}', String(bad + 1))));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} style={{ fontFamily: 'monospace' }} placeholder="3f5a…" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
