import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { COUNCIL_LIMITS, CouncilThresholdBase, LIMITS } from '@thidua/shared';
import type { Dayjs } from 'dayjs';
import type { CouncilThresholdBase as Base } from '../../gql/graphql';
import { DateInput } from '../../components/DateInput';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { councilTexts } from './texts';

/** A session's own fields as its forms hold them (the date as dayjs). */
export interface CouncilValues {
  title: string;
  year: number;
  meetingDate?: Dayjs | null;
  venue?: string | null;
  secret: boolean;
  quorumPercent: number;
  thresholdPercent: number;
  thresholdBase: Base;
}

/**
 * The session's details and rules, in the create and edit forms. `meetingOnly`: while the vote runs
 * only the date and venue may change (the server's rule), the rest shows disabled.
 */
export function CouncilFields({ meetingOnly = false }: { meetingOnly?: boolean }) {
  const { t, language } = useLanguage();
  const tx = useTexts(councilTexts);
  const r = rules(language);
  return (
    <>
      <Form.Item name="title" label={tx.title} rules={[r.required, r.max(COUNCIL_LIMITS.titleMax)]}>
        <Input disabled={meetingOnly} maxLength={COUNCIL_LIMITS.titleMax + 1} data-testid="council-title-input" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }, r.year()]}>
            <InputNumber disabled={meetingOnly} min={LIMITS.yearMin} max={LIMITS.yearMax} style={{ width: '100%' }} data-testid="council-year" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="meetingDate" label={tx.meetingDate} rules={[r.date]}>
            <DateInput style={{ width: '100%' }} data-testid="council-date" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="venue" label={tx.venue} rules={[r.max(COUNCIL_LIMITS.textMax)]}>
            <Input data-testid="council-venue" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="quorumPercent" label={tx.quorumPercent} tooltip={tx.quorumHint} rules={[{ required: true, message: t('required') }]}>
            <InputNumber disabled={meetingOnly} min={0} max={100} style={{ width: '100%' }} data-testid="council-quorum" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="thresholdPercent" label={tx.thresholdPercent} rules={[{ required: true, message: t('required') }]}>
            <InputNumber disabled={meetingOnly} min={1} max={100} style={{ width: '100%' }} data-testid="council-threshold" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="thresholdBase" label={tx.thresholdBase} rules={[{ required: true, message: t('required') }]}>
            <VocabularySelect vocabulary={CouncilThresholdBase} disabled={meetingOnly} data-testid="council-base" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="secret" label={tx.secret} valuePropName="checked">
        <Switch disabled={meetingOnly} />
      </Form.Item>
    </>
  );
}
