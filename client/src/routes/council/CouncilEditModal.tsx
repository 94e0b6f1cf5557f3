import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Modal } from 'antd';
import type { CouncilSessionPage_SessionFragment } from '../../gql/graphql';
import type { EditFormProps } from '../../components/RecordPage';
import { useLanguage, useTexts } from '../../i18n/language';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { useVersionedForm } from '../../live/useVersionedForm';
import { CouncilFields, type CouncilValues } from './CouncilFields';
import { councilTexts } from './texts';
import { useUpdateCouncilSession } from './useCouncilMutations';

const toUpdate = (v: CouncilValues) => ({
  title: v.title?.trim(),
  year: v.year,
  meetingDate: toLocalDate(v.meetingDate),
  venue: v.venue?.trim() || null,
  secret: v.secret,
  quorumPercent: v.quorumPercent,
  thresholdPercent: v.thresholdPercent,
  thresholdBase: v.thresholdBase,
});

/**
 * Edits the session's details and rules while it is a draft, only its date and venue once the
 * vote runs, against the version shown; a conflict opens the merge dialog.
 */
export function CouncilEditModal({ open, onClose, session }: EditFormProps & { session: CouncilSessionPage_SessionFragment }) {
  const { t } = useLanguage();
  const tx = useTexts(councilTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CouncilValues>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'CouncilSession',
    toInput: toUpdate,
    dateFields: ['meetingDate'],
    onDeleted: () => navigate('/council'),
  });
  const [update, { loading }] = useUpdateCouncilSession();

  useEffect(() => {
    if (!open) return;
    const { title, year, meetingDate, venue, secret, quorumPercent, thresholdPercent, thresholdBase, version } = session;
    load({ values: { title, year, meetingDate: fromLocalDate(meetingDate), venue, secret, quorumPercent, thresholdPercent, thresholdBase }, version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: CouncilValues) => {
    const payload = await saveChanges(
      values,
      async (input) => (await update({ variables: { input: { ...input, id: session.id } } })).data!.updateCouncilSession,
    );
    if (!payload) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={tx.edit}
      width={720}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="council-edit-form">
        <CouncilFields meetingOnly={session.status !== 'DRAFT'} />
      </Form>
      {holder}
    </Modal>
  );
}
