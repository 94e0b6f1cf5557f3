import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Form, Modal } from 'antd';
import { COUNCIL_DEFAULTS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { toLocalDate } from '../../lib/formInput';
import { useSaveForm } from '../../lib/useSaveForm';
import { AwaitingDossiersSelect } from './AwaitingDossiersSelect';
import { CouncilFields, type CouncilValues } from './CouncilFields';
import { MembersEditor, membersInput, membersNamed, type Member } from './MembersEditor';
import { topLevelErrors } from './topLevelErrors';
import { councilTexts } from './texts';
import { useCreateCouncilSession } from './useCouncilMutations';

type Values = CouncilValues & { dossierIds?: string[]; members?: Member[] };

/** The form's values as the create input; a cleared text is left out. */
export const createCouncilInput = (v: Values) => ({
  title: v.title.trim(),
  year: v.year,
  meetingDate: toLocalDate(v.meetingDate),
  venue: v.venue?.trim() || null,
  secret: v.secret,
  quorumPercent: v.quorumPercent,
  thresholdPercent: v.thresholdPercent,
  thresholdBase: v.thresholdBase,
  members: membersInput(v.members ?? []),
  dossierIds: v.dossierIds ?? [],
});

/** A new session of the council: its details, its rules (the shared defaults), members and the dossiers it votes on; opens the new session. */
export function CreateCouncilModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useLanguage();
  const tx = useTexts(councilTexts);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [create, { loading }] = useCreateCouncilSession();

  useEffect(() => {
    if (!open) return;
    const year = new Date().getFullYear();
    form.resetFields();
    form.setFieldsValue({ year, title: `${councilTexts.titleDefault.vi} ${year}`, members: [], dossierIds: [], ...COUNCIL_DEFAULTS });
    clearProblems();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    const payload = await save(async () => topLevelErrors((await create({ variables: { input: createCouncilInput(values) } })).data!.createCouncilSession));
    if (!payload?.session) return;
    onClose();
    navigate(`/council/${encodeURIComponent(payload.session.id)}`);
  };

  // The suggested title follows the year until the user writes their own.
  const followYear = (changed: Partial<Values>, values: Values) => {
    if (changed.year && new RegExp(`^${councilTexts.titleDefault.vi} \\d{4}$`).test(values.title ?? ''))
      form.setFieldValue('title', `${councilTexts.titleDefault.vi} ${changed.year}`);
  };
  const namesRule = {
    validator: (_: unknown, members?: Member[]) => (membersNamed(members ?? []) ? Promise.resolve() : Promise.reject(new Error(tx.nameMissing))),
  };
  return (
    <Modal
      open={open}
      title={tx.create}
      width={880}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={followYear} data-testid="create-council-form">
        <CouncilFields />
        <Form.Item name="dossierIds" label={tx.dossiers} extra={tx.dossiersHint}>
          <AwaitingDossiersSelect data-testid="council-dossiers" />
        </Form.Item>
        <Form.Item name="members" label={tx.members} rules={[namesRule]}>
          <MembersEditor />
        </Form.Item>
      </Form>
    </Modal>
  );
}
