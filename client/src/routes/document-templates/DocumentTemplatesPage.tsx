import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Collapse, Input, Space, Table, Tabs, Typography } from 'antd';
import { templateProblems, type DocumentKind } from '@thidua/shared';
import { graphql } from '../../gql';
import type { DocumentTemplatesPageQuery } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { ProblemsAlert } from '../../components/ProblemsAlert';
import { QueryState } from '../../components/QueryState';
import { useTexts } from '../../i18n/language';
import { evictHistory } from '../../lib/historyCache';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { SYNTAX_VI, templateTexts } from './texts';

const TemplatesQuery = graphql(`
  query DocumentTemplatesPage {
    documentTemplates {
      kind label body defaultBody
      template { id version }
      placeholders { name description list }
    }
  }
`);

const SaveTemplate = graphql(`
  mutation SaveDocumentTemplate($input: SaveDocumentTemplateInput!) {
    saveDocumentTemplate(input: $input) {
      template { id version body }
      userErrors { field message code }
    }
  }
`);

type Info = DocumentTemplatesPageQuery['documentTemplates'][number];

function Placeholders({ info }: { info: Info }) {
  const tx = useTexts(templateTexts);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(p) => `${p.list ?? ''}.${p.name}`}
      dataSource={info.placeholders}
      columns={[
        { title: tx.list, key: 'list', width: 140, render: (_, p) => p.list ?? tx.ofDocument },
        { title: tx.field, key: 'name', width: 200, render: (_, p) => <Typography.Text code copyable>{`{${p.name}}`}</Typography.Text> },
        { title: tx.meaning, dataIndex: 'description' },
      ]}
    />
  );
}

/** One kind's template: the text, its problems as it is typed (the server checks the same), save against the version seen. */
function TemplateEditor({ info, mayEdit }: { info: Info; mayEdit: boolean }) {
  const tx = useTexts(templateTexts);
  const [text, setText] = useState(info.body);
  useEffect(() => setText(info.body), [info.body]);
  const problems = useMemo(() => templateProblems(info.kind as DocumentKind, text), [info.kind, text]);
  const [save, { loading }] = useMutation(SaveTemplate, {
    refetchQueries: [TemplatesQuery],
    update: (cache, { data }) => evictHistory(cache, 'DocumentTemplate', data?.saveDocumentTemplate.template?.id),
  });
  const run = useMutationFeedback();
  const changed = text !== info.body;
  const onSave = () =>
    run(
      async () =>
        (await save({ variables: { input: { kind: info.kind, body: text, expectedVersion: info.template?.version ?? null } } })).data?.saveDocumentTemplate,
      tx.saved,
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary" data-testid="template-state">
        {info.template ? `${tx.inUseSaved} ${info.template.version}.` : tx.inUseDefault}
      </Typography.Text>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 16, maxRows: 36 }}
        readOnly={!mayEdit}
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, Consolas, monospace', fontSize: 13 }}
        data-testid="template-body"
        aria-label={info.label}
      />
      <ProblemsAlert title={tx.problems} problems={problems} testId="template-problems" />
      {mayEdit ? (
        <Space wrap>
          <Button type="primary" onClick={() => void onSave()} disabled={!changed || problems.length > 0} loading={loading} data-testid="save-template">
            {tx.save}
          </Button>
          <Button onClick={() => setText(info.body)} disabled={!changed}>
            {tx.discard}
          </Button>
          <Button onClick={() => setText(info.defaultBody)} disabled={text === info.defaultBody} data-testid="reset-template">
            {tx.reset}
          </Button>
        </Space>
      ) : null}
      <Collapse
        items={[
          {
            key: 'syntax',
            label: tx.syntax,
            children: (
              <Table
                size="small"
                pagination={false}
                rowKey={([code]) => code}
                dataSource={SYNTAX_VI}
                columns={[
                  { title: tx.field, key: 'code', width: 360, render: (_, [code]) => <Typography.Text code>{code}</Typography.Text> },
                  { title: tx.meaning, key: 'meaning', render: (_, [, meaning]) => meaning },
                ]}
              />
            ),
          },
          { key: 'fields', label: tx.fields, children: <Placeholders info={info} /> },
          ...(info.template ? [{ key: 'history', label: tx.history, children: <HistoryTimeline id={info.template.id} /> }] : []),
        ]}
      />
    </Space>
  );
}

/** The Board's document templates (`/document-templates`, or `/document-templates/<template id>` opened on that template's kind). */
export function Component() {
  const { id } = useParams();
  const tx = useTexts(templateTexts);
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(TemplatesQuery);
  const list = data?.documentTemplates ?? [];
  const [active, setActive] = useState<string | undefined>();
  const kind = active ?? list.find((t) => t.template?.id === id)?.kind ?? list[0]?.kind;
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <Card title={tx.title}>
        <Typography.Paragraph type="secondary">{tx.intro}</Typography.Paragraph>
        <Tabs
          activeKey={kind}
          onChange={setActive}
          items={list.map((info) => ({ key: info.kind, label: info.label, children: <TemplateEditor info={info} mayEdit={mayEdit} /> }))}
        />
      </Card>
    </QueryState>
  );
}
