import { useCallback, useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Card, Col, Form, Input, Row } from 'antd';
import { LIMITS } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';
import { useVersionedForm } from '../../live/useVersionedForm';
import { usePresenceField } from '../../presence';
import { useUpdateCovenant } from './useCovenantMutations';

export const CovenantHeader_covenant = graphql(`
  fragment CovenantHeader_covenant on Covenant {
    id title year content version
    bloc { id name }
  }
`);

interface Values {
  title: string;
  content?: string | null;
}

const TEXTS = {
  header: { vi: 'Thông tin giao ước', en: 'Covenant' },
  bloc: { vi: 'Khối thi đua', en: 'Bloc' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  content: { vi: 'Nội dung chung', en: 'Content' },
};

const covenantInput = ({ title, content }: Values) => ({ title, content: content || null });

/**
 * Title and content of a covenant (its status moves through components/workflow); the bloc and year are shown, not edited here. The form
 * follows the covenant as it changes (live) until the user starts typing; from then on it keeps
 * their typing and saves against the version it showed, merging with others' changes.
 */
export function CovenantHeader({ covenant: ref }: { covenant: FragmentType<typeof CovenantHeader_covenant> }) {
  const covenant = getFragmentData(CovenantHeader_covenant, ref);
  const { t, language } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, {
    entityType: 'Covenant',
    toInput: covenantInput,
    onDeleted: () => navigate('/covenants'),
  });
  const [update, { loading }] = useUpdateCovenant();
  const r = rules(language);
  // The Board, or the officer of the covenant's bloc; others read the form without changing it.
  const mayEdit = useCan('write:bloc', { blocId: covenant.bloc.id });
  // Others see which field this officer is typing in, and this form marks theirs.
  const presence = usePresenceField(covenant.id);

  // Shows a version of the covenant; what the last save said stays.
  const show = useCallback(
    (shown: Values & { version: number }) => load({ values: { title: shown.title, content: shown.content }, version: shown.version }, { keepProblems: true }),
    [load],
  );
  useEffect(() => {
    if (!form.isFieldsTouched()) show(covenant);
  }, [form, show, covenant]);

  const submit = async (values: Values) => {
    const payload = await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: covenant.id } } })).data!.updateCovenant);
    if (!payload?.covenant) return;
    show(payload.covenant);
    message.success(t('saved'));
  };

  return (
    <Card title={text.header}>
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} disabled={!mayEdit} {...presence.formProps}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={text.bloc}>
              <Link to={`/blocs/${encodeURIComponent(covenant.bloc.id)}`}>{covenant.bloc.name}</Link>
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label={t('year')}>{covenant.year}</Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={presence.label('title', text.title)} rules={r.name()}>
          <Input maxLength={LIMITS.nameMax + 1} data-testid="covenant-title-input" />
        </Form.Item>
        <Form.Item name="content" label={presence.label('content', text.content)} rules={[r.max(LIMITS.textMax)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        {mayEdit ? (
          <Button type="primary" htmlType="submit" loading={loading} data-testid="covenant-save">
            {t('save')}
          </Button>
        ) : null}
      </Form>
      {holder}
    </Card>
  );
}
