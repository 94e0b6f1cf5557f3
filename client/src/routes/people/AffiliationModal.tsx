import { useEffect } from 'react';
import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { DateInput } from '../../components/DateInput';
import type { Dayjs } from 'dayjs';
import { UnitPicker } from '../../components/pickers';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { fromLocalDate, toLocalDate } from '../../lib/formInput';
import { rules } from '../../lib/rules';
import { useSaveForm } from '../../lib/useSaveForm';
import { endAfterStart, POSITION_MAX, requiredDate } from './personRules';
import { peopleTexts } from './texts';
import { useAddAffiliation, useEndAffiliation } from './useAffiliations';
import { useOwnUnitOnly } from './useOwnUnitOnly';

export interface EndingAffiliation {
  id: string;
  unitName: string;
  startedOn?: string | null;
}

interface Values {
  unitId?: string;
  position?: string;
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
}

interface Props {
  personId: string;
  open: boolean;
  onClose(): void;
  /** End this current affiliation; add a new one when absent. */
  ending?: EndingAffiliation;
}

/** Adds a period of work at a unit, or ends the current one (transfer, retirement). */
export function AffiliationModal({ personId, open, onClose, ending }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(peopleTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problems, clearProblems, save } = useSaveForm(form);
  const [add, added] = useAddAffiliation();
  const [end, ended] = useEndAffiliation();
  const r = rules(language);
  const startedOn = Form.useWatch('startedOn', form);
  const ownUnit = useOwnUnitOnly();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearProblems();
  }, [open, form, clearProblems]);

  const submit = async (values: Values) => {
    // An error on the affiliation itself (ended already) has no field in this form: shown above it.
    const payload = await save(async () =>
      ending
        ? (await end({ variables: { input: { id: ending.id, endedOn: toLocalDate(values.endedOn)! } } })).data!.endPersonAffiliation
        : (
            await add({
              variables: {
                input: {
                  personId,
                  unitId: values.unitId!,
                  position: values.position?.trim() || null,
                  startedOn: toLocalDate(values.startedOn),
                  endedOn: toLocalDate(values.endedOn),
                },
              },
            })
          ).data!.addPersonAffiliation,
    );
    if (!payload) return;
    message.success(t('saved'));
    onClose();
  };

  const start = ending ? fromLocalDate(ending.startedOn) : startedOn;
  return (
    <Modal
      open={open}
      title={ending ? `${tx.endAffiliationTitle} ${ending.unitName}` : tx.addAffiliation}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': ending ? 'end-affiliation-submit' : 'affiliation-submit' } as ButtonProps}
      confirmLoading={added.loading || ended.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ unitId: ownUnit?.id }}>
        {ending ? (
          ending.startedOn ? (
            <p>
              {tx.startedOn}: {formatDate(ending.startedOn)}
            </p>
          ) : null
        ) : (
          <>
            <Form.Item name="unitId" label={tx.unit} rules={[r.required]}>
              {/* A unit officer records periods at their own unit only. */}
              <UnitPicker disabled={!!ownUnit} known={ownUnit ? [{ value: ownUnit.id, label: ownUnit.name }] : undefined} />
            </Form.Item>
            <Form.Item name="position" label={tx.position} rules={[r.max(POSITION_MAX)]}>
              <Input />
            </Form.Item>
            <Form.Item name="startedOn" label={tx.startedOn} rules={[r.date]}>
              <DateInput data-testid="affiliation-started-on" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="endedOn"
          label={tx.endedOn}
          dependencies={['startedOn']}
          rules={[...(ending ? [requiredDate(language)] : []), r.date, endAfterStart(start, tx.endBeforeStart)]}
        >
          <DateInput data-testid="affiliation-ended-on" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
