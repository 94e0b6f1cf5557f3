import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Input, Modal } from 'antd';
import { DossierKind, LIMITS } from '@thidua/shared';
import type { Dayjs } from 'dayjs';
import type { DossierKind as Kind, DossierPage_DossierFragment } from '../../gql/graphql';
import type { EditFormProps } from '../../components/RecordPage';
import { DateInput } from '../../components/DateInput';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { dossierTexts } from './texts';
import { useUpdateDossier } from './useDossierMutations';

interface Values {
  kind: Kind;
  title: string;
  content?: string | null;
  proposalNumber?: string | null;
  proposalDate?: Dayjs | null;
  proposalSigner?: string | null;
}

const toUpdate = (v: Values) => ({
  kind: v.kind,
  title: v.title,
  content: v.content || null,
  proposalNumber: v.proposalNumber || null,
  proposalDate: toLocalDate(v.proposalDate),
  proposalSigner: v.proposalSigner || null,
});

/** Edits the dossier's own fields against the version shown; a conflict opens the merge dialog. */
export function DossierEditModal({ open, onClose, dossier }: EditFormProps & { dossier: DossierPage_DossierFragment }) {
  const { t, language } = useLanguage();
  const tx = useTexts(dossierTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Dossier',
    toInput: toUpdate,
    dateFields: ['proposalDate'],
    onDeleted: () => navigate('/dossiers'),
  });
  const [update, { loading }] = useUpdateDossier();
  const r = rules(language);

  useEffect(() => {
    if (!open) return;
    const { kind, title, content, proposalNumber, proposalDate, proposalSigner, version } = dossier;
    load({ values: { kind, title, content, proposalNumber, proposalDate: fromLocalDate(proposalDate), proposalSigner }, version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    const payload = await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: dossier.id } } })).data!.updateDossier);
    if (!payload) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal open={open} title={tx.edit} okText={t('save')} cancelText={t('cancel')} confirmLoading={loading} onOk={() => form.submit()} onCancel={onClose}>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={tx.kind} rules={[r.required]}>
          <VocabularySelect vocabulary={DossierKind} />
        </Form.Item>
        <Form.Item name="title" label={tx.title} rules={r.name()}>
          <Input maxLength={LIMITS.nameMax + 1} data-testid="dossier-edit-title" />
        </Form.Item>
        <Form.Item name="content" label={tx.content} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="proposalNumber" label={tx.proposalNumber} rules={[r.max(LIMITS.shortNameMax)]}>
          <Input />
        </Form.Item>
        <Form.Item name="proposalDate" label={tx.proposalDate}>
          <DateInput style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="proposalSigner" label={tx.proposalSigner} rules={[r.max(LIMITS.nameMax)]}>
          <Input />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
