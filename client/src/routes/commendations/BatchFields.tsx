import { Card, Col, Form, InputNumber, Row, Segmented } from 'antd';
import { CommendationKind, LIMITS, SubjectKind } from '@thidua/shared';
import { AwardTypePicker, BlocPicker, MovementPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import type { EntryValues } from './batch';

const TEXTS = {
  card: { vi: 'Đợt khen thưởng', en: 'The batch' },
  subjectKind: { vi: 'Khen cho', en: 'Awarded to' },
  subjectHint: {
    vi: 'Lọc danh hiệu, hình thức phù hợp; là loại đối tượng mặc định của các dòng.',
    en: 'Filters the awards that fit; the default recipient kind of the rows.',
  },
  awardType: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Award' },
  awardRequired: { vi: 'Chọn danh hiệu, hình thức khen thưởng.', en: 'Choose the award.' },
  year: { vi: 'Năm thành tích', en: 'Achievement year' },
  kind: { vi: 'Loại hình khen thưởng', en: 'Kind' },
  bloc: { vi: 'Khối, cụm thi đua (nếu có)', en: 'Bloc (optional)' },
  movement: { vi: 'Phong trào thi đua (nếu có)', en: 'Movement (optional)' },
};

/** What is awarded in the batch: award type (fitting the recipient kind), year, kind, bloc, movement. */
export function BatchFields() {
  const { t, label, language } = useLanguage();
  const text = useTexts(TEXTS);
  const r = rules(language);
  const subjectKind = Form.useWatch<EntryValues['subjectKind']>('subjectKind');
  return (
    <Card title={text.card}>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Form.Item name="subjectKind" label={text.subjectKind} extra={text.subjectHint}>
            <Segmented options={SubjectKind.values.map((value) => ({ value, label: label(SubjectKind.labels[value]) }))} data-testid="subject-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={14}>
          <Form.Item name="awardTypeId" label={text.awardType} rules={[{ required: true, message: text.awardRequired }]}>
            <AwardTypePicker filter={subjectKind ? { subjectKind: { eq: subjectKind } } : undefined} data-testid="award-type" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="year" label={text.year} rules={[{ required: true, message: t('required') }, r.year()]}>
            <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} style={{ width: '100%' }} data-testid="batch-year" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="kind" label={text.kind}>
            <VocabularySelect vocabulary={CommendationKind} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="blocId" label={text.bloc}>
            <BlocPicker data-testid="batch-bloc" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="movementId" label={text.movement}>
            <MovementPicker />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
