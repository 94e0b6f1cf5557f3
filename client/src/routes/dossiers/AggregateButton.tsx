import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { MergeCellsOutlined } from '@ant-design/icons';
import { LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { userErrorText, type UserErrorLike } from '../../lib/userErrors';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import type { Row } from './dossierColumns';
import { dossierTexts } from './texts';
import { useAggregateDossiers } from './useDossierMutations';

interface Values {
  title: string;
  proposalNumber?: string;
}

/** Each refusal with the dossier it is about (the server names `ids.<index>`). */
export function aggregateProblems(errors: readonly UserErrorLike[], selected: readonly Pick<Row, 'code'>[], language: 'vi' | 'en'): string[] {
  return errors.map((e) => {
    const index = e.field[0] === 'ids' && e.field[1] !== undefined ? Number(e.field[1]) : NaN;
    const code = selected[index]?.code;
    return code ? `${code}: ${userErrorText(e, language)}` : userErrorText(e, language);
  });
}

/** The receiving level bundles the received dossiers it selected into a new dossier of its own, then opens it. */
export function AggregateButton({ selected, onDone }: { selected: Row[]; onDone(): void }) {
  const { t, language } = useLanguage();
  const tx = useTexts(dossierTexts);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const { problems, save } = useSaveForm(form);
  const [aggregate, { loading }] = useAggregateDossiers();
  const r = rules(language);
  const submit = async (values: Values) => {
    const ids = selected.map((d) => d.id);
    const payload = await save(
      async () =>
        (await aggregate({ variables: { input: { ids, title: values.title, proposalNumber: values.proposalNumber || null } } })).data!.aggregateDossiers,
      (errors) => aggregateProblems(errors, selected, language),
    );
    if (!payload) return;
    setOpen(false);
    onDone();
    navigate(`/dossiers/${encodeURIComponent(payload.dossier!.id)}`);
  };
  return (
    <>
      <Button icon={<MergeCellsOutlined />} disabled={!selected.length} title={tx.aggregateHint} onClick={() => setOpen(true)} data-testid="aggregate-dossiers">
        {tx.aggregate} {selected.length ? `(${selected.length})` : ''}
      </Button>
      <Modal
        open={open}
        title={tx.aggregate}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        {problems.length ? (
          <Alert
            type="error"
            showIcon
            title={problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
            style={{ marginBottom: 16 }}
            data-testid="aggregate-problems"
          />
        ) : null}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label={tx.title} rules={r.name()}>
            <Input maxLength={LIMITS.nameMax + 1} data-testid="aggregate-title" />
          </Form.Item>
          <Form.Item name="proposalNumber" label={tx.proposalNumber} rules={[r.max(LIMITS.shortNameMax)]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
