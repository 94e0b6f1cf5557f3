import type { ReactNode } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { LIMITS, MovementKind, MovementScope } from '@thidua/shared';
import type { Option } from '../../components/SearchSelect';
import { DecisionPicker, MovementPicker, UnitPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { GoalsField } from './GoalsField';
import { movementTexts } from './texts';

/** Labels for the records the movement already points at (decision, parent, organiser). */
export interface KnownRefs {
  decision?: Option[];
  parent?: Option[];
  organizer?: Option[];
}

const plain = (_field: string, text: ReactNode) => text;

/** The fields of the movement form, with the server's limits and checks. */
export function MovementFormFields({ known = {}, label = plain }: { known?: KnownRefs; label?: (field: string, text: ReactNode) => ReactNode }) {
  const { t, language } = useLanguage();
  const tx = useTexts(movementTexts);
  const r = rules(language);
  return (
    <>
      <Form.Item name="name" label={label('name', tx.name)} rules={r.name()}>
        <Input data-testid="movement-name" />
      </Form.Item>
      <Form.Item name="slogan" label={label('slogan', tx.slogan)} rules={[r.max(LIMITS.textMax)]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="kind" label={label('kind', t('kind'))} rules={[r.required]}>
            <VocabularySelect vocabulary={MovementKind} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="scope" label={label('scope', tx.scope)} rules={[r.required]}>
            <VocabularySelect vocabulary={MovementScope} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="startYear" label={label('startYear', tx.startYear)} rules={[r.year()]}>
            <InputNumber style={{ width: '100%' }} data-testid="movement-start-year" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="endYear"
            label={label('endYear', tx.endYear)}
            dependencies={['startYear']}
            rules={[
              r.year(),
              ({ getFieldValue }) => ({
                validator: (_, end?: number | null) => {
                  const start = getFieldValue('startYear');
                  return start != null && end != null && end < start ? Promise.reject(new Error(tx.endBeforeStart)) : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber style={{ width: '100%' }} data-testid="movement-end-year" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="launchedBy" label={label('launchedBy', tx.launchedBy)} rules={[r.max(LIMITS.nameMax)]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item name="launchDocument" label={label('launchDocument', tx.launchDocument)} rules={[r.max(LIMITS.nameMax)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="launchedOn" label={label('launchedOn', tx.launchedOn)}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="launchDecisionId" label={label('launchDecisionId', tx.launchDecision)}>
        <DecisionPicker known={known.decision} />
      </Form.Item>
      <Form.Item name="parentId" label={label('parentId', tx.parent)}>
        <MovementPicker known={known.parent} />
      </Form.Item>
      <Form.Item name="organizerUnitId" label={label('organizerUnitId', tx.organizer)}>
        <UnitPicker known={known.organizer} />
      </Form.Item>
      <GoalsField />
      <Form.Item name="description" label={label('description', tx.description)} rules={[r.max(LIMITS.textMax)]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}
