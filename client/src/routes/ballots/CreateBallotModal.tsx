import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { BALLOT_DEFAULTS, BALLOT_LIMITS, BallotPurpose, BallotThresholdBase } from '@thidua/shared';
import { graphql } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { describeError } from '../../lib/errors';
import { applyUserErrors } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { MeetingFields, type MeetingValues } from './MeetingFields';

const CreateBallotSession = graphql(`
  mutation CreateBallotSession($input: CreateBallotSessionInput!) {
    createBallotSession(input: $input) {
      session { id covenant { id ...BallotSessionsCard_covenant } }
      userErrors { field message code }
    }
  }
`);

const TEXTS = {
  modal: { vi: 'Tạo phiên bỏ phiếu', en: 'New ballot session' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  candidateIds: { vi: 'Danh sách bầu (bỏ trống: lấy từ bảng xếp hạng của giao ước)', en: 'Candidates (empty: from the covenant’s ranking)' },
  candidateCount: {
    vi: 'Số ứng viên lấy từ bảng xếp hạng (trống: 3 đơn vị dẫn đầu, hoặc nửa đầu bảng cho Bằng khen)',
    en: 'Candidates taken from the ranking (empty: 3 for the leading unit, the first half for merit)',
  },
  secret: { vi: 'Bỏ phiếu kín', en: 'Secret ballot' },
  selfVoteAllowed: { vi: 'Cho phép tự bỏ phiếu cho mình', en: 'Self-vote allowed' },
  maxChoices: { vi: 'Số ứng viên tối đa mỗi phiếu (0: đồng ý / không đồng ý từng ứng viên)', en: 'Most candidates per ballot (0: agree/disagree each)' },
  thresholdPercent: { vi: 'Tỷ lệ đồng ý cần đạt (%)', en: 'Threshold (%)' },
  thresholdBase: { vi: 'Tính trên', en: 'Measured on' },
  quorumPercent: { vi: 'Số đơn vị bỏ phiếu tối thiểu (% tổng số)', en: 'Quorum (% of all voters)' },
  create: { vi: 'Tạo', en: 'Create' },
};

/** Only what was filled in: an empty candidate list asks the server for the ranking's candidates. */
function inputOf(values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values, title: values.title.trim() };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length)) delete input[key];
  }
  return input;
}

interface Props {
  open: boolean;
  covenantId: string;
  members: readonly { id: string; name: string }[];
  onClose(): void;
}

type Values = {
  title: string;
  purpose: BallotPurpose;
  candidateIds: string[];
  secret: boolean;
  selfVoteAllowed: boolean;
  maxChoices: number;
  thresholdPercent: number;
  thresholdBase: BallotThresholdBase;
  quorumPercent: number;
  candidateCount?: number | null;
} & MeetingValues;

const defaultsOf = (purpose: BallotPurpose) => ({ ...BALLOT_DEFAULTS[purpose], maxChoices: BALLOT_DEFAULTS[purpose].maxChoices ?? 0 });

/** Creates a session on the covenant: the settings start at the purpose's shared defaults. */
export function CreateBallotModal({ open, covenantId, members, onClose }: Props) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateBallotSession);
  const r = rules(language);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ purpose: 'LEADING_UNIT', candidateIds: [], ...defaultsOf('LEADING_UNIT') });
    setProblems([]);
  }, [open, form]);

  const submit = async (values: Values) => {
    setProblems([]);
    try {
      const { data } = await create({ variables: { input: { covenantId, ...inputOf(values) } as never } });
      const payload = data!.createBallotSession;
      if (payload.userErrors.length) return setProblems(applyUserErrors(form, payload.userErrors, language));
      onClose();
      navigate(`/ballots/${encodeURIComponent(payload.session!.id)}`);
    } catch (error) {
      setProblems([describeError(error, language)]);
    }
  };

  const options = <K extends string>(v: { values: K[]; labels: Record<K, { vi: string; en: string }> }) =>
    v.values.map((value) => ({ value, label: v.labels[value][language] }));
  return (
    <Modal open={open} title={text.modal} okText={text.create} confirmLoading={loading} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(changed) => changed.purpose && form.setFieldsValue(defaultsOf(changed.purpose))}>
        <Form.Item name="title" label={text.title} rules={[r.required, r.max(BALLOT_LIMITS.titleMax)]}>
          <Input data-testid="ballot-title-input" />
        </Form.Item>
        <Form.Item name="purpose" label={text.purpose}>
          <Select options={options(BallotPurpose)} />
        </Form.Item>
        <Form.Item name="candidateIds" label={text.candidateIds}>
          <Select mode="multiple" options={members.map((m) => ({ value: m.id, label: m.name }))} optionFilterProp="label" data-testid="ballot-candidates" />
        </Form.Item>
        <Form.Item name="candidateCount" label={text.candidateCount}>
          <InputNumber min={1} max={BALLOT_LIMITS.candidatesMax} data-testid="ballot-candidate-count" />
        </Form.Item>
        <Form.Item name="secret" label={text.secret} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="selfVoteAllowed" label={text.selfVoteAllowed} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="maxChoices" label={text.maxChoices}>
          <InputNumber min={0} max={BALLOT_LIMITS.candidatesMax} />
        </Form.Item>
        <Form.Item name="thresholdPercent" label={text.thresholdPercent}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="thresholdBase" label={text.thresholdBase}>
          <Select options={options(BallotThresholdBase)} />
        </Form.Item>
        <Form.Item name="quorumPercent" label={text.quorumPercent}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <MeetingFields />
      </Form>
    </Modal>
  );
}
