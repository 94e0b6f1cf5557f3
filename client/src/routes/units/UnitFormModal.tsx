import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { LIMITS, UnitKind } from '@thidua/shared';
import type { UnitKind as UnitKindValue } from '../../gql/graphql';
import { VocabularySelect } from '../../components/VocabularySelect';
import { DuplicateWarning, pointsAtRecord } from '../../components/DuplicateWarning';
import type { UserErrorLike } from '../../lib/userErrors';
import { useLanguage, useTexts } from '../../i18n/language';
import type { Dayjs } from 'dayjs';
import { toInput, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { unitTexts } from './texts';
import { useCreateUnit, useUpdateUnit } from './useSaveUnit';
import { usePresenceField } from '../../presence';
import { FormerNameFields } from './FormerNameFields';

export interface UnitFormValues {
  name: string;
  shortName?: string | null;
  kind: UnitKindValue;
  area?: string | null;
  note?: string | null;
  /** When renaming: keep the old name as a former name, renamed on this date. */
  keepFormerName?: boolean;
  renamedOn?: Dayjs | null;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** Edit this unit (at this version); create a new one when absent. */
  unit?: UnitFormValues & { id: string; version: number };
}

/** The form's values as an input; a cleared text is null. */
const unitInput = (values: UnitFormValues) => {
  const input = { ...toInput(values), name: values.name, kind: values.kind };
  return values.keepFormerName ? { ...input, renamedOn: toLocalDate(values.renamedOn) } : { ...input, keepFormerName: undefined, renamedOn: undefined };
};

/** Create or edit a unit. Server errors show next to their fields; typed values are kept. */
export function UnitFormModal({ open, onClose, unit }: Props) {
  const { t, language } = useLanguage();
  const text = useTexts(unitTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<UnitFormValues>();
  const { problems, save, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Unit',
    toInput: unitInput,
    onDeleted: () => navigate('/units'),
  });
  const [create, created] = useCreateUnit();
  const [update, updated] = useUpdateUnit();
  const r = rules(language);
  const presence = usePresenceField(open ? unit?.id : null);
  // A namesake the API warned of (DUPLICATE with recordId), and whether the user confirmed it is another unit.
  const [namesakes, setNamesakes] = useState<readonly UserErrorLike[]>([]);
  const allowDuplicate = useRef(false);
  const noted = <P extends { userErrors: readonly UserErrorLike[] }>(payload: P): P => {
    setNamesakes(payload.userErrors.filter(pointsAtRecord));
    return payload;
  };
  const confirmed = () => (allowDuplicate.current ? { allowDuplicate: true } : {});

  // Filled when the modal opens, not on every cache update, so a live update never wipes typing.
  useEffect(() => {
    if (!open) return;
    setNamesakes([]);
    allowDuplicate.current = false;
    if (!unit) return load();
    const { id: _id, version, ...values } = unit;
    load({ values, version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: UnitFormValues) => {
    if (unit) {
      if (
        !(await saveChanges(values, async (input) =>
          noted((await update({ variables: { input: { ...input, ...confirmed(), id: unit.id } } })).data!.updateUnit),
        ))
      )
        return;
    } else {
      const payload = await save(async () => noted((await create({ variables: { input: { ...unitInput(values), ...confirmed() } } })).data!.createUnit));
      if (!payload) return;
      navigate(`/units/${encodeURIComponent(payload.unit!.id)}`);
    }
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={unit ? `${t('edit')}: ${unit.name}` : `${t('create')} – ${t('units').toLowerCase()}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden={false}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {namesakes.map((error) => (
        <DuplicateWarning
          key={error.recordId}
          error={error}
          confirm={
            error.code === 'DUPLICATE' && error.field[0] === 'name' ? (
              <Button
                size="small"
                onClick={() => {
                  allowDuplicate.current = true;
                  form.submit();
                }}
                data-testid="save-anyway"
              >
                {text.saveAnyway}
              </Button>
            ) : null
          }
        />
      ))}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'ASSOCIATION' }}
        {...presence.formProps}
        // A confirmation holds for the values it was given for (also through a merge dialog), not after an edit.
        onValuesChange={() => {
          allowDuplicate.current = false;
        }}
      >
        <Form.Item name="name" label={presence.label('name', t('name'))} rules={r.name()}>
          <Input maxLength={LIMITS.nameMax + 1} data-testid="unit-name" />
        </Form.Item>
        {unit ? <FormerNameFields form={form} currentName={unit.name} /> : null}
        <Form.Item name="shortName" label={presence.label('shortName', text.shortName)} rules={[r.max(LIMITS.shortNameMax)]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={presence.label('kind', t('kind'))} rules={[r.required]}>
          <VocabularySelect vocabulary={UnitKind} />
        </Form.Item>
        <Form.Item name="area" label={presence.label('area', t('area'))} rules={[r.max(120)]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={presence.label('note', t('note'))} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
