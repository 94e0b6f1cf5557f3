import { Card, Col, Form, Input, Row, Segmented } from 'antd';
import { DateInput } from '../../components/DateInput';
import { AwardLevel, LIMITS } from '@thidua/shared';
import { DecisionPicker } from '../../components/pickers';
import { VocabularySelect } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import type { EntryValues } from './batch';

const TEXTS = {
  card: { vi: 'Quyết định khen thưởng', en: 'Decision' },
  existing: { vi: 'Quyết định đã có', en: 'Existing decision' },
  new: { vi: 'Quyết định mới', en: 'New decision' },
  pick: { vi: 'Tìm theo số, cơ quan ban hành, trích yếu…', en: 'Search by number, issuer, subject…' },
  number: { vi: 'Số, ký hiệu', en: 'Number' },
  issuedOn: { vi: 'Ngày ký', en: 'Signed on' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  issuerLevel: { vi: 'Cấp ban hành', en: 'Issuer level' },
  signer: { vi: 'Người ký', en: 'Signer' },
  signerTitle: { vi: 'Chức vụ người ký', en: 'Signer title' },
  subject: { vi: 'Trích yếu', en: 'Subject' },
  pickRequired: { vi: 'Chọn quyết định.', en: 'Choose a decision.' },
};

/** Choose an existing decision, or type the new decision the batch is recorded under. */
export function DecisionFields() {
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const r = rules(language);
  const mode = Form.useWatch<EntryValues['decisionMode']>('decisionMode');
  const required = { required: true, message: t('required') };
  return (
    <Card
      title={text.card}
      extra={
        <Form.Item name="decisionMode" noStyle>
          <Segmented
            options={[
              { value: 'new', label: text.new },
              { value: 'existing', label: text.existing },
            ]}
            aria-label={text.card}
            data-testid="decision-mode"
          />
        </Form.Item>
      }
    >
      {mode === 'existing' ? (
        <Form.Item name={['decision', 'existingId']} label={text.existing} rules={[{ required: true, message: text.pickRequired }]}>
          <DecisionPicker placeholder={text.pick} data-testid="decision-picker" />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['decision', 'number']} label={text.number} rules={[r.max(LIMITS.decisionNumberMax)]}>
              <Input placeholder="1234/QĐ-UBND" data-testid="decision-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['decision', 'issuedOn']} label={text.issuedOn} rules={[r.date]}>
              <DateInput style={{ width: '100%' }} data-testid="decision-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['decision', 'issuerLevel']} label={text.issuerLevel} rules={[required]}>
              <VocabularySelect vocabulary={AwardLevel} data-testid="decision-level" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['decision', 'issuer']} label={text.issuer} rules={[r.required, r.max(200)]}>
              <Input placeholder="UBND thành phố Hải Phòng" data-testid="decision-issuer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['decision', 'signer']} label={text.signer} rules={[r.max(120)]}>
              <Input data-testid="decision-signer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['decision', 'signerTitle']} label={text.signerTitle} rules={[r.max(200)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['decision', 'subject']} label={text.subject} rules={[r.required, r.max(LIMITS.textMax)]}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder="Về việc tặng Bằng khen cho các tập thể, cá nhân…"
                data-testid="decision-subject"
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}
