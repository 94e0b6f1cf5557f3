import { useEffect } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal, Switch, Typography, type ButtonProps } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { AWARD_TYPE_LIMITS, cashMultiplierRule, rankRules } from './awardTypeRules';
import { awardTypeTexts } from './texts';
import { useUpdateAwardType } from './useUpdateAwardType';

export const AwardTypeFormModal_awardType = graphql(`
  fragment AwardTypeFormModal_awardType on AwardType { id code nameVi nameEn rank cashMultiplier active version }
`);

interface Values {
  nameVi: string;
  nameEn: string;
  rank: number;
  cashMultiplier?: number | null;
  active: boolean;
}

const awardTypeInput = ({ nameVi, nameEn, rank, cashMultiplier, active }: Values) => ({ nameVi, nameEn, rank, cashMultiplier: cashMultiplier ?? null, active });

interface Props {
  open: boolean;
  onClose(): void;
  awardType?: FragmentType<typeof AwardTypeFormModal_awardType>;
}

/** Edits an award type's names, rank, cash multiplier and whether it is still awarded. */
export function AwardTypeFormModal({ open, onClose, awardType: ref }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(awardTypeTexts);
  const { message } = App.useApp();
  const awardType = getFragmentData(AwardTypeFormModal_awardType, ref);
  const [form] = Form.useForm<Values>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'AwardType', toInput: awardTypeInput, onDeleted: onClose });
  const [update, updated] = useUpdateAwardType();
  const r = rules(language);

  // Filled when the modal opens, not on every cache update, so a refetch never wipes typing.
  useEffect(() => {
    if (open && awardType) load({ values: awardType, version: awardType.version });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    if (!awardType) return;
    if (!(await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: awardType.id } } })).data!.updateAwardType))) return;
    message.success(t('saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={awardType ? `${t('edit')}: ${awardType.nameVi}` : t('edit')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'award-type-submit' } as ButtonProps}
      confirmLoading={updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      {awardType ? (
        <Typography.Paragraph type="secondary">
          {tx.code}: {awardType.code}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ cashMultiplier: null, active: true }}>
        <Form.Item name="nameVi" label={tx.nameVi} rules={[r.required, r.max(AWARD_TYPE_LIMITS.name)]}>
          <Input data-testid="award-type-name-vi" />
        </Form.Item>
        <Form.Item name="nameEn" label={tx.nameEn} rules={[r.required, r.max(AWARD_TYPE_LIMITS.name)]}>
          <Input data-testid="award-type-name-en" />
        </Form.Item>
        <Form.Item name="rank" label={tx.rank} extra={tx.rankHelp} rules={rankRules(language)}>
          <InputNumber style={{ width: 160 }} data-testid="award-type-rank" />
        </Form.Item>
        <Form.Item name="cashMultiplier" label={tx.cashMultiplier} extra={tx.cashHelp} rules={[cashMultiplierRule(language)]}>
          <InputNumber style={{ width: 160 }} step={0.1} decimalSeparator="," data-testid="award-type-cash" />
        </Form.Item>
        <Form.Item name="active" label={tx.active} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {holder}
    </Modal>
  );
}
