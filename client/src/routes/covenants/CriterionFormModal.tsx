import { useEffect, useRef } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { CriterionKind, LIMITS } from '@thidua/shared';
import type { CriterionKind as CriterionKindValue } from '../../gql/graphql';
import { MovementPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { useAddCriterion, useUpdateCriterion } from './useCriterionMutations';

export interface EditingCriterion {
  covenantId: string;
  /** The criterion being edited; a new one is added when absent. */
  criterion?: {
    id: string;
    number: string;
    title: string;
    description?: string | null;
    maxScore?: number | null;
    kind: CriterionKindValue;
    version: number;
    movements: { id: string; name: string }[];
  };
  /** Add the new criterion under this one. */
  parent?: { id: string; number: string; title: string };
}

interface Values {
  title: string;
  maxScore?: number | null;
  kind: CriterionKindValue;
  movementIds?: string[];
  description?: string | null;
}

const criterionInput = (values: Values) => ({
  title: values.title,
  kind: values.kind,
  maxScore: values.maxScore ?? null,
  movementIds: values.movementIds ?? [],
  description: values.description || null,
});

const TEXTS = {
  add: { vi: 'Thêm nhiệm vụ, tiêu chí', en: 'Add task or criterion' },
  addUnder: { vi: 'Thêm tiêu chí con của mục', en: 'Add a sub-criterion to' },
  edit: { vi: 'Sửa tiêu chí', en: 'Edit criterion' },
  title: { vi: 'Tên nhiệm vụ, tiêu chí', en: 'Title' },
  maxScore: { vi: 'Điểm tối đa', en: 'Max score' },
  movements: { vi: 'Phong trào hướng tới', en: 'Movements' },
  description: { vi: 'Mô tả, cách chấm', en: 'Description, how it is scored' },
  saveNext: { vi: 'Lưu và thêm tiếp', en: 'Save and add another' },
};

/** Adds or edits one criterion. Server errors show next to their fields; typed values are kept. */
export function CriterionFormModal({ editing, onClose }: { editing: EditingCriterion | null; onClose(): void }) {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'CovenantCriterion',
    toInput: criterionInput,
    onDeleted: onClose,
  });
  const [add, added] = useAddCriterion();
  const [update, updated] = useUpdateCriterion();
  const next = useRef(false);
  const r = rules(language);
  const criterion = editing?.criterion;
  const presence = usePresenceField(criterion?.id ?? null);

  useEffect(() => {
    if (editing) load(criterion && { values: { ...criterion, movementIds: criterion.movements.map((m) => m.id) }, version: criterion.version });
  }, [editing]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (!editing) return;
    const payload = criterion
      ? await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: criterion.id } } })).data!.updateCovenantCriterion)
      : await save(
          async () =>
            (await add({ variables: { input: { covenantId: editing.covenantId, parentId: editing.parent?.id, ...criterionInput(values) } } })).data!
              .addCovenantCriterion,
        );
    if (!payload) return;
    message.success(t('saved'));
    if (next.current && !criterion) {
      form.resetFields();
      form.getFieldInstance('title')?.focus?.();
    } else onClose();
  };

  const submitForm = (andNext: boolean) => {
    next.current = andNext;
    form.submit();
  };
  const title = criterion ? `${text.edit} ${criterion.number}` : editing?.parent ? `${text.addUnder} ${editing.parent.number}` : text.add;

  return (
    <Modal
      open={!!editing}
      title={title}
      onCancel={onClose}
      width={640}
      footer={
        <Space>
          <Button onClick={onClose}>{t('cancel')}</Button>
          {criterion ? null : (
            <Button onClick={() => submitForm(true)} loading={added.loading} data-testid="criterion-save-next">
              {text.saveNext}
            </Button>
          )}
          <Button type="primary" onClick={() => submitForm(false)} loading={added.loading || updated.loading} data-testid="criterion-save">
            {t('save')}
          </Button>
        </Space>
      }
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'QUALITATIVE' }} {...presence.formProps}>
        <Form.Item name="title" label={presence.label('title', text.title)} rules={r.name()}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LIMITS.nameMax + 1} data-testid="criterion-title" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="maxScore" label={presence.label('maxScore', text.maxScore)}>
            <InputNumber min={0} max={LIMITS.scoreMax} step={1} style={{ width: 140 }} data-testid="criterion-max-score" />
          </Form.Item>
          <Form.Item name="kind" label={presence.label('kind', t('kind'))} rules={[r.required]}>
            <VocabularySelect vocabulary={CriterionKind} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.Item name="movementIds" label={presence.label('movementIds', text.movements)}>
          <MovementPicker mode="multiple" known={criterion?.movements.map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
        <Form.Item name="description" label={presence.label('description', text.description)} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
