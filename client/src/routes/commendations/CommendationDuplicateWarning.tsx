import { Button, Checkbox, Form, type CheckboxProps } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { DuplicateWarning } from '../../components/DuplicateWarning';
import { useTexts } from '../../i18n/language';
import type { UserErrorLike } from '../../lib/userErrors';

export const DUPLICATE_TEXTS = {
  secondAward: { vi: 'Vẫn ghi nhận (lần khen thứ hai)', en: 'Record anyway (a second award)' },
};

/** The confirmation a duplicate commendation needs: checked, the input carries `allowDuplicate: true`. */
export function SecondAwardCheckbox(props: CheckboxProps) {
  const text = useTexts(DUPLICATE_TEXTS);
  return (
    <Checkbox data-testid="allow-duplicate" {...props}>
      {text.secondAward}
    </Checkbox>
  );
}

interface Props {
  /** The DUPLICATE the API answered; its recordId is the commendation already recorded. */
  error: UserErrorLike;
  /** The form field (boolean) the confirmation is bound to, e.g. ['recipients', 2, 'allowDuplicate']. */
  name?: NamePath;
  /** Instead of a field: a button that sends again with `allowDuplicate: true` (an edit form). */
  onConfirm?(): void;
}

/**
 * "Already recorded": the message naming the existing commendation, a link to its decision (or its
 * recipient), and "Vẫn ghi nhận (lần khen thứ hai)" — a checkbox bound to the form, or a button.
 */
export function CommendationDuplicateWarning({ error, name, onConfirm }: Props) {
  const text = useTexts(DUPLICATE_TEXTS);
  const confirm = onConfirm ? (
    <Button size="small" onClick={onConfirm} data-testid="allow-duplicate">
      {text.secondAward}
    </Button>
  ) : name !== undefined ? (
    <Form.Item name={name} valuePropName="checked" noStyle>
      <SecondAwardCheckbox />
    </Form.Item>
  ) : null;
  return <DuplicateWarning error={error} confirm={confirm} />;
}
