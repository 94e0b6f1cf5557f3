import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Switch } from 'antd';
import { LIMITS, SubjectKind } from '@thidua/shared';
import type { DossierLines_LineFragment, SubjectKind as Kind } from '../../gql/graphql';
import { AwardTypePicker, HouseholdPicker, PersonPicker, UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { dossierTexts } from './texts';
import { useAddDossierLine, useUpdateDossierLine } from './useDossierMutations';

interface Values {
  subjectKind: Kind;
  subjectId?: string;
  awardTypeId: string;
  achievement?: string | null;
  included: boolean;
}

const SUBJECT_FIELD = { COLLECTIVE: 'unitId', INDIVIDUAL: 'personId', HOUSEHOLD: 'householdId' } as const;

interface Props {
  dossierId: string;
  /** The line to edit; a new one when absent. */
  line?: DossierLines_LineFragment;
  open: boolean;
  onClose(): void;
}

/** Adds a nominee (collective, individual or household) or changes one's award, achievement and include flag. */
export function LineFormModal({ dossierId, line, open, onClose }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(dossierTexts);
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [add, added] = useAddDossierLine();
  const [update, updated] = useUpdateDossierLine();
  const kind = Form.useWatch('subjectKind', form);
  const r = rules(language);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearProblems();
    if (line) form.setFieldsValue({ subjectKind: line.subjectKind, awardTypeId: line.awardType.id, achievement: line.achievement, included: line.included });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (v: Values) => {
    const common = { awardTypeId: v.awardTypeId, achievement: v.achievement || null, included: v.included };
    const payload = line
      ? await save(async () => (await update({ variables: { input: { id: line.id, expectedVersion: line.version, ...common } } })).data!.updateDossierLine)
      : await save(
          async () =>
            (
              await add({
                variables: { input: { dossierId, ...common, [SUBJECT_FIELD[v.subjectKind]]: v.subjectId } },
              })
            ).data!.addDossierLine,
        );
    if (payload) onClose();
  };

  const Picker = kind === 'INDIVIDUAL' ? PersonPicker : kind === 'HOUSEHOLD' ? HouseholdPicker : UnitPicker;
  const awardKnown = line ? [{ value: line.awardType.id, label: line.awardType.nameVi }] : undefined;
  return (
    <Modal
      open={open}
      title={line ? tx.edit : tx.addLine}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={added.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} data-testid="line-problems" /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ subjectKind: 'COLLECTIVE', included: true }}>
        <Form.Item name="subjectKind" label={tx.subjectKind} rules={[r.required]}>
          <VocabularySelect vocabulary={SubjectKind} disabled={!!line} />
        </Form.Item>
        {line ? null : (
          <Form.Item name="subjectId" label={tx.subject} rules={[r.required]}>
            <Picker key={kind} data-testid="line-subject" />
          </Form.Item>
        )}
        <Form.Item name="awardTypeId" label={tx.awardType} rules={[r.required]}>
          <AwardTypePicker known={awardKnown} data-testid="line-award" />
        </Form.Item>
        <Form.Item name="achievement" label={tx.achievement} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="line-achievement" />
        </Form.Item>
        <Form.Item name="included" label={tx.included} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
