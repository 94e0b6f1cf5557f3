import { useState } from 'react';
import { Button, Space, Tooltip } from 'antd';
import type { Label } from '@thidua/shared';
import { useLanguage } from '../../i18n/language';
import { userErrorText, type UserErrorLike } from '../../lib/userErrors';
import { ReasonModal } from './ReasonModal';

/** One entry of a record's `allowedTransitions`. */
export interface TransitionOptionLike<S extends string> {
  name: string;
  to: S;
  label: string;
  reasonRequired: boolean;
  allowed: boolean;
  blockers: readonly UserErrorLike[];
}

interface Props<S extends string> {
  /** The workflow's transition labels by name (shared), for the interface language. */
  transitions: { labels: Record<string, Label> };
  options: readonly TransitionOptionLike<S>[];
  /** Sends the transition; resolves true when it went through (the caller tells the user why not). */
  onTransition(to: S, reason: string | null): Promise<boolean>;
  saving?: boolean;
  /** Prefix of the buttons' test ids (several records on one page). */
  testId?: string;
}

/**
 * A button per step the user may take now (disabled, with the reasons in a tooltip, when a
 * condition blocks it); a step that needs a reason asks for it in a modal first.
 */
export function TransitionButtons<S extends string>({ transitions, options, onTransition, saving = false, testId = 'transition' }: Props<S>) {
  const { label, language } = useLanguage();
  const [asking, setAsking] = useState<TransitionOptionLike<S> | null>(null);
  const labelOf = (option: TransitionOptionLike<S>) => (language === 'vi' ? option.label : label(transitions.labels[option.name]) || option.label);
  const take = async (option: TransitionOptionLike<S>, reason: string | null) => {
    if (await onTransition(option.to, reason)) setAsking(null);
  };
  return (
    <>
      <Space wrap size={4}>
        {options.map((option) => (
          <Tooltip key={option.name} title={option.allowed ? undefined : option.blockers.map((b) => userErrorText(b, language)).join(' ')}>
            <Button
              size="small"
              type={option.allowed && !option.reasonRequired ? 'primary' : 'default'}
              disabled={!option.allowed}
              loading={saving && asking === null}
              data-testid={`${testId}-${option.name}`}
              onClick={() => (option.reasonRequired ? setAsking(option) : void take(option, null))}
            >
              {labelOf(option)}
            </Button>
          </Tooltip>
        ))}
      </Space>
      <ReasonModal
        title={asking ? labelOf(asking) : null}
        required={asking?.reasonRequired ?? false}
        saving={saving}
        onSubmit={(reason) => asking && void take(asking, reason)}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
