import { Card, Space, Steps, Tag, Typography } from 'antd';
import type { Label } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { TransitionButtons, type TransitionOptionLike } from './TransitionButtons';
import { workflowTexts } from './texts';

export type { TransitionOptionLike } from './TransitionButtons';

export interface WorkflowBarProps<S extends string> {
  /** The states in lifecycle order with their labels (a shared vocabulary). */
  states: { values: readonly S[]; labels: Record<S, Label> };
  /** The workflow's transition labels by name (shared), for the interface language. */
  transitions: { labels: Record<string, Label> };
  status: S;
  options: readonly TransitionOptionLike<S>[];
  /** Tag colour per state. */
  colors?: Partial<Record<S, string>>;
  /** Sends the transition; resolves true when it went through (the caller tells the user why not). */
  onTransition(to: S, reason: string | null): Promise<boolean>;
  saving?: boolean;
}

/**
 * The status of a record that follows a workflow: a tag, a small stepper of its states, and a
 * button per step the user may take now (disabled, with the reasons in a tooltip, when a
 * condition blocks it); a step that needs a reason asks for it in a modal first.
 */
export function WorkflowBar<S extends string>({ states, transitions, status, options, colors, onTransition, saving = false }: WorkflowBarProps<S>) {
  const { label } = useLanguage();
  const text = useTexts(workflowTexts);

  return (
    <Card size="small" data-testid="workflow-bar">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Typography.Text strong>{text.status}:</Typography.Text>
          <Tag color={colors?.[status] ?? 'blue'} data-testid="workflow-status">
            {label(states.labels[status])}
          </Tag>
          <TransitionButtons transitions={transitions} options={options} onTransition={onTransition} saving={saving} />
        </Space>
        <div style={{ overflowX: 'auto' }}>
          <Steps
            type="dot"
            size="small"
            current={states.values.indexOf(status)}
            items={states.values.map((state) => ({ title: label(states.labels[state]) }))}
            aria-label={text.steps}
            data-testid="workflow-steps"
          />
        </div>
      </Space>
    </Card>
  );
}
