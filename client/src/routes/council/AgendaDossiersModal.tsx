import { useEffect } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { CouncilAgenda_SessionFragment } from '../../gql/graphql';
import { useLanguage, useTexts } from '../../i18n/language';
import { useVersionedForm } from '../../live/useVersionedForm';
import { AwaitingDossiersSelect } from './AwaitingDossiersSelect';
import { councilTexts } from './texts';
import { topLevelErrors } from './topLevelErrors';
import { useUpdateCouncilSession } from './useCouncilMutations';

interface Values {
  dossierIds?: string[];
}

const toInput = (v: Values) => ({ dossierIds: v.dossierIds ?? [] });

/** The dossiers of a session's agenda, as the lines it holds now come from. */
function dossiersOf(session: CouncilAgenda_SessionFragment) {
  const byId = new Map(session.agenda.flatMap((a) => (a.line?.dossier ? [[a.line.dossier.id, a.line.dossier] as const] : [])));
  return [...byId.values()];
}

/**
 * Sets the dossiers a draft session votes on: every eligible line of each replaces the agenda
 * (counts already recorded for a line that stays are kept by the server).
 */
export function AgendaDossiersModal({ open, onClose, session }: { open: boolean; onClose(): void; session: CouncilAgenda_SessionFragment }) {
  const { t } = useLanguage();
  const tx = useTexts(councilTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'CouncilSession', toInput, onDeleted: onClose });
  const [update, { loading }] = useUpdateCouncilSession();
  const known = dossiersOf(session);

  useEffect(() => {
    if (open) load({ values: { dossierIds: known.map((d) => d.id) }, version: session.version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    const payload = await saveChanges(values, async (input) =>
      topLevelErrors((await update({ variables: { input: { ...input, id: session.id } } })).data!.updateCouncilSession),
    );
    if (!payload) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={tx.chooseDossiers}
      width={720}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="dossierIds" label={tx.dossiers} extra={tx.dossiersHint}>
          <AwaitingDossiersSelect known={known} data-testid="agenda-dossiers" />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
