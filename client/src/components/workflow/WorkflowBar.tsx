import { useState } from 'react';
import { Button, Card, Space, Steps, Tag, Tooltip, Typography } from 'antd';
import type { Label } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { userErrorText, type UserErrorLike } from '../../lib/errors';
import { ReasonModal } from './ReasonModal';
import { workflowTexts } from './texts';

/** One entry of a record's `allowedTransitions`. */
export interface TransitionOptionLike<S extends string> {
  name: string;
  to: S;
  label: string;
  reasonRequired: boolean;
  allowed: boolean;
  blockers: readonly UserErrorLike[];
}

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
  const { label, language } = useLanguage();
  const text = useTexts(workflowTexts);
  const [asking, setAsking] = useState<TransitionOptionLike<S> | null>(null);
  const labelOf = (option: TransitionOptionLike<S>) => (language === 'vi' ? option.label : label(transitions.labels[option.name]) || option.label);

  const take = async (option: TransitionOptionLike<S>, reason: string | null) => {
    if (await onTransition(option.to, reason)) setAsking(null);
  };

  return (
    <Card size="small" data-testid="workflow-bar">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Typography.Text strong>{text.status}:</Typography.Text>
          <Tag color={colors?.[status] ?? 'blue'} data-testid="workflow-status">
            {label(states.labels[status])}
          </Tag>
          {options.map((option) => {
            const blocked = option.blockers.map((b) => userErrorText(b, language)).join(' ');
            return (
              <Tooltip key={option.name} title={option.allowed ? undefined : blocked}>
                <Button
                  size="small"
                  type={option.allowed && !option.reasonRequired ? 'primary' : 'default'}
                  disabled={!option.allowed}
                  loading={saving && asking === null}
                  data-testid={`transition-${option.name}`}
                  onClick={() => (option.reasonRequired ? setAsking(option) : void take(option, null))}
                >
                  {labelOf(option)}
                </Button>
              </Tooltip>
            );
          })}
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
      <ReasonModal
        title={asking ? labelOf(asking) : null}
        required={asking?.reasonRequired ?? false}
        saving={saving}
        onSubmit={(reason) => asking && void take(asking, reason)}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}
