import { Button, Form, Input, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { movementTexts } from './texts';

/** The movement's numbered goals: add, edit, reorder, remove. Each must say something (as the server checks). */
export function GoalsField() {
  const { t, language } = useLanguage();
  const tx = useTexts(movementTexts);
  const r = rules(language);
  return (
    <Form.List
      name="goals"
      rules={[
        { validator: async (_, goals?: string[]) => ((goals?.length ?? 0) > LIMITS.criteriaMax ? Promise.reject(new Error(tx.tooManyGoals)) : undefined) },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <Form.Item label={tx.goals}>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
              <Typography.Text strong style={{ display: 'inline-block', width: 24, paddingTop: 5 }}>
                {index + 1}.
              </Typography.Text>
              <Form.Item
                name={field.name}
                rules={[{ required: true, whitespace: true, message: tx.goalEmpty }, r.max(LIMITS.textMax)]}
                style={{ marginBottom: 0, width: 440 }}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid={`movement-goal-${index}`} />
              </Form.Item>
              <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label="↑" />
              <Button size="small" icon={<ArrowDownOutlined />} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label="↓" />
              <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('delete')} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} data-testid="movement-add-goal">
            {tx.addGoal}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
