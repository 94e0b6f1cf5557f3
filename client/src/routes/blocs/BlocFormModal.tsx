import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Form, Modal, type ButtonProps } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { DuplicateWarning, pointsAtRecord } from '../../components/DuplicateWarning';
import { useLanguage, useTexts } from '../../i18n/language';
import type { UserErrorLike } from '../../lib/userErrors';
import { toInput } from '../../lib/formInput';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { BlocFormFields, type BlocFormValues } from './BlocFormFields';
import { blocListTexts } from './blocListTexts';
import { useUpdateBloc } from './useBlocMutations';

export const BlocFormModal_bloc = graphql(`
  fragment BlocFormModal_bloc on Bloc {
    id name code kind level area description version
    parent { id name }
    foundingDecision { id number issuer subject }
  }
`);

interface Props {
  open: boolean;
  onClose(): void;
  bloc: FragmentType<typeof BlocFormModal_bloc>;
}

/** What an edit sends: a cleared text is null. */
const blocInput = (values: BlocFormValues) => ({ ...toInput(values), name: values.name, code: values.code, kind: values.kind, level: values.level });

/**
 * Edits a bloc against the version it opened (only the changed fields). The bloc's own officer
 * edits everything but its parent bloc, which stays the Board's call (server: updateBloc).
 */
export function BlocFormModal({ open, onClose, bloc: ref }: Props) {
  const { t } = useLanguage();
  const tx = useTexts(blocListTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const bloc = getFragmentData(BlocFormModal_bloc, ref);
  const mayMove = useCan('write:domain');
  const [form] = Form.useForm<BlocFormValues>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'Bloc', toInput: blocInput, onDeleted: () => navigate('/blocs') });
  const [update, updated] = useUpdateBloc();
  const presence = usePresenceField(open ? bloc.id : null);
  // A code another bloc has (DUPLICATE with recordId): its message, with a link to that bloc.
  const [taken, setTaken] = useState<readonly UserErrorLike[]>([]);

  // Filled when the modal opens, not on every cache update, so a live update never wipes typing.
  useEffect(() => {
    if (!open) return;
    setTaken([]);
    const { id: _id, version, parent, foundingDecision, ...rest } = bloc;
    load({ values: { ...rest, parentId: parent?.id ?? null, foundingDecisionId: foundingDecision?.id ?? null }, version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const decision = bloc.foundingDecision;
  const known = {
    decision: decision ? [{ value: decision.id, label: `${decision.number ?? tx.noNumber} – ${decision.issuer}: ${decision.subject}` }] : [],
    parent: bloc.parent ? [{ value: bloc.parent.id, label: bloc.parent.name }] : [],
  };

  const submit = async (values: BlocFormValues) => {
    const send = async (input: Parameters<Parameters<typeof saveChanges>[1]>[0]) => {
      const payload = (await update({ variables: { input: { ...input, id: bloc.id } } })).data!.updateBloc;
      setTaken(payload.userErrors.filter(pointsAtRecord));
      return payload;
    };
    if (!(await saveChanges(values, send))) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={`${t('edit')}: ${bloc.name}`}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'bloc-submit' } as ButtonProps}
      confirmLoading={updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden={false}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {taken.map((error) => (
        <DuplicateWarning key={error.recordId} error={error} type="error" />
      ))}
      <Form form={form} layout="vertical" onFinish={submit} {...presence.formProps}>
        <BlocFormFields label={presence.label} mayMove={mayMove} known={known} />
      </Form>
      {holder}
    </Modal>
  );
}
