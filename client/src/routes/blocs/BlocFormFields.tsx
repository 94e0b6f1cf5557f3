import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { BlocKind, BlocLevel, LIMITS } from '@thidua/shared';
import type { BlocKind as BlocKindValue, BlocLevel as BlocLevelValue } from '../../gql/graphql';
import { BlocPicker, DecisionPicker } from '../../components/pickers';
import type { Option } from '../../components/SearchSelect';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { blocListTexts } from './blocListTexts';

/** The server's limit for a bloc's area (CreateBlocInput.area). */
export const BLOC_AREA_MAX = 120;

export interface BlocFormValues {
  name: string;
  code: string;
  kind: BlocKindValue;
  level: BlocLevelValue;
  area?: string | null;
  foundingDecisionId?: string | null;
  parentId?: string | null;
  description?: string | null;
}

interface Props {
  /** Field labels with who else edits them (usePresenceField's `label`); plain labels without. */
  label?(field: string, text: string): ReactNode;
  /** False for a bloc officer: where the bloc sits among blocs is the Board's call. */
  mayMove?: boolean;
  /** Labels of the chosen decision and parent bloc, for an edit form. */
  known?: { decision?: Option[]; parent?: Option[] };
}

const plain = (_field: string, text: string) => text;

/** The fields of the create and edit forms of a bloc or cluster. */
export function BlocFormFields({ label = plain, mayMove = true, known = {} }: Props) {
  const { t, language } = useLanguage();
  const tx = useTexts(blocListTexts);
  const r = rules(language);
  return (
    <>
      <Form.Item name="name" label={label('name', t('name'))} rules={r.name()}>
        <Input data-testid="bloc-name" />
      </Form.Item>
      <Form.Item name="code" label={label('code', tx.code)} rules={[r.required, r.max(LIMITS.codeMax)]}>
        <Input data-testid="bloc-code" style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="kind" label={label('kind', t('kind'))} rules={[r.required]}>
        <VocabularySelect vocabulary={BlocKind} />
      </Form.Item>
      <Form.Item name="level" label={label('level', tx.level)} rules={[r.required]}>
        <VocabularySelect vocabulary={BlocLevel} />
      </Form.Item>
      <Form.Item name="area" label={label('area', t('area'))} rules={[r.max(BLOC_AREA_MAX)]}>
        <Input />
      </Form.Item>
      <Form.Item name="foundingDecisionId" label={label('foundingDecisionId', tx.foundingDecision)}>
        <DecisionPicker known={known.decision} />
      </Form.Item>
      <Form.Item name="parentId" label={label('parentId', tx.parent)}>
        <BlocPicker known={known.parent} disabled={!mayMove} />
      </Form.Item>
      <Form.Item name="description" label={label('description', tx.description)} rules={[r.max(LIMITS.textMax)]}>
        <Input.TextArea rows={2} data-testid="bloc-description" />
      </Form.Item>
    </>
  );
}
