import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { CertificateField, certificateLayoutProblems, type CertificateFieldLayout, type TextAlign } from '@thidua/shared';
import { graphql } from '../../gql';
import { TextAlign as GqlAlign } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { useLanguage, useTexts } from '../../i18n/language';
import { evictHistory } from '../../lib/historyCache';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { certificateTexts } from './certificateTexts';

const LayoutQuery = graphql(`
  query CertificateLayoutPage($id: ID!) {
    awardType(id: $id) {
      id nameVi
      certificateLayout {
        pageWidth pageHeight
        layout { id version }
        fields { field top left width fontSize bold italic align color uppercase printable }
      }
    }
  }
`);

const SaveLayout = graphql(`
  mutation SaveCertificateLayout($input: SaveCertificateLayoutInput!) {
    saveCertificateLayout(input: $input) {
      layout { id version }
      userErrors { field message code }
    }
  }
`);

/** Pixels of the preview per millimetre of the sheet. */
const PREVIEW_WIDTH = 840;
const PT_TO_MM = 25.4 / 72;
const round = (mm: number) => Math.round(mm * 2) / 2;

type Field = CertificateFieldLayout;
/** The answer's field without its __typename (an input refuses it), alignment as the shared layout writes it. */
const toField = ({
  field,
  top,
  left,
  width,
  fontSize,
  bold,
  italic,
  align,
  color,
  uppercase,
  printable,
}: { align: GqlAlign } & Omit<Field, 'align'>): Field => ({
  field,
  top,
  left,
  width,
  fontSize,
  bold,
  italic,
  align: align.toLowerCase() as TextAlign,
  color,
  uppercase,
  printable,
});

/** The sheet at scale with each field where it prints; drag a field to move it. Red dashed: shown on screen only. */
function Preview({
  fields,
  page,
  onMove,
}: {
  fields: Field[];
  page: { width: number; height: number };
  onMove: (field: string, top: number, left: number) => void;
}) {
  const { label } = useLanguage();
  const scale = PREVIEW_WIDTH / page.width;
  const drag = useRef<{ field: string; x: number; y: number; top: number; left: number } | null>(null);
  const down = (f: Field) => (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { field: f.field, x: e.clientX, y: e.clientY, top: f.top, left: f.left };
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) onMove(d.field, round(Math.max(0, d.top + (e.clientY - d.y) / scale)), round(Math.max(0, d.left + (e.clientX - d.x) / scale)));
  };
  return (
    <div
      data-testid="certificate-preview"
      style={{
        position: 'relative',
        width: PREVIEW_WIDTH,
        height: page.height * scale,
        border: '1px solid #d9d9d9',
        background: '#fffdf5',
        overflow: 'hidden',
      }}
    >
      {fields.map((f) => (
        <div
          key={f.field}
          data-testid={`preview-${f.field}`}
          onPointerDown={down(f)}
          onPointerMove={move}
          onPointerUp={() => (drag.current = null)}
          title={label(CertificateField.labels[f.field])}
          style={{
            position: 'absolute',
            top: f.top * scale,
            left: f.left * scale,
            width: f.width * scale,
            height: f.field === 'QR_CODE' ? f.width * scale : undefined,
            fontSize: f.fontSize * PT_TO_MM * scale,
            fontWeight: f.bold ? 700 : 400,
            fontStyle: f.italic ? 'italic' : 'normal',
            textAlign: f.align,
            color: f.color,
            textTransform: f.uppercase ? 'uppercase' : 'none',
            fontFamily: '"Noto Serif", "Times New Roman", serif',
            outline: f.printable ? '1px dashed #8c8c8c' : '1px dashed #f5222d',
            background: f.field === 'QR_CODE' ? 'repeating-linear-gradient(45deg,#000 0 3px,#fff 3px 6px)' : undefined,
            cursor: 'move',
            userSelect: 'none',
            touchAction: 'none',
            lineHeight: 1.2,
          }}
        >
          {f.field === 'QR_CODE' ? null : label(CertificateField.labels[f.field])}
        </div>
      ))}
    </div>
  );
}

/** The certificate layout of an award type (`/award-types/:id/certificate`): drag on the scaled sheet or type the numbers; saved against the version seen. */
export function Component() {
  const { id = '' } = useParams();
  const tx = useTexts(certificateTexts);
  const { label } = useLanguage();
  const mayEdit = useCan('write:domain');
  const { data, loading, error, refetch } = useQuery(LayoutQuery, { variables: { id } });
  const info = data?.awardType?.certificateLayout;
  const [fields, setFields] = useState<Field[]>([]);
  const [page, setPage] = useState({ width: 420, height: 297 });
  useEffect(() => {
    if (!info) return;
    setFields(info.fields.map(toField));
    setPage({ width: info.pageWidth, height: info.pageHeight });
  }, [info]);
  const problems = useMemo(() => certificateLayoutProblems({ pageWidth: page.width, pageHeight: page.height, fields }), [fields, page]);
  const [save, { loading: saving }] = useMutation(SaveLayout, {
    refetchQueries: [LayoutQuery],
    update: (cache, { data: d }) => evictHistory(cache, 'CertificateLayout', d?.saveCertificateLayout.layout?.id),
  });
  const run = useMutationFeedback();
  const set = (field: string, patch: Partial<Field>) => setFields((all) => all.map((f) => (f.field === field ? { ...f, ...patch } : f)));
  const onSave = () =>
    run(
      async () =>
        (
          await save({
            variables: {
              input: {
                awardTypeId: id,
                pageWidth: page.width,
                pageHeight: page.height,
                fields: fields.map((f) => ({ ...f, align: f.align.toUpperCase() as GqlAlign })),
                expectedVersion: info?.layout?.version ?? null,
              },
            },
          })
        ).data?.saveCertificateLayout,
      tx.saved,
    );
  const num = (f: Field, key: 'top' | 'left' | 'width' | 'fontSize') => (
    <InputNumber
      size="small"
      min={0}
      step={0.5}
      value={f[key]}
      onChange={(v) => set(f.field, { [key]: v ?? 0 })}
      disabled={!mayEdit}
      data-testid={`${key}-${f.field}`}
      style={{ width: 80 }}
    />
  );
  return (
    <QueryState loading={loading && !data} error={error} empty={!loading && !data?.awardType} onRetry={() => void refetch()}>
      {data?.awardType && info ? (
        <Card title={`${tx.title}: ${data.awardType.nameVi}`} extra={<Link to="/award-types">{tx.back}</Link>}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text type="secondary" data-testid="layout-state">
              {info.layout ? `${tx.saved_version} ${info.layout.version}.` : tx.defaultInUse}
            </Typography.Text>
            <Space wrap>
              {tx.page}
              <InputNumber
                min={50}
                max={600}
                value={page.width}
                onChange={(v) => setPage((p) => ({ ...p, width: v ?? p.width }))}
                disabled={!mayEdit}
                addonAfter="mm"
              />
              ×
              <InputNumber
                min={50}
                max={600}
                value={page.height}
                onChange={(v) => setPage((p) => ({ ...p, height: v ?? p.height }))}
                disabled={!mayEdit}
                addonAfter="mm"
              />
              <Typography.Text type="secondary">{tx.noMargin}</Typography.Text>
            </Space>
            <Preview fields={fields} page={page} onMove={(field, top, left) => mayEdit && set(field, { top, left })} />
            {problems.length ? (
              <Alert
                type="error"
                showIcon
                title={tx.problems}
                description={problems.map((p) => (
                  <div key={p}>{p}</div>
                ))}
                data-testid="layout-problems"
              />
            ) : null}
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={fields}
              columns={[
                { title: tx.field, key: 'field', render: (_, f) => label(CertificateField.labels[f.field]) },
                { title: tx.top, key: 'top', render: (_, f) => num(f, 'top') },
                { title: tx.left, key: 'left', render: (_, f) => num(f, 'left') },
                { title: tx.width, key: 'width', render: (_, f) => num(f, 'width') },
                { title: tx.fontSize, key: 'fontSize', render: (_, f) => num(f, 'fontSize') },
                {
                  title: tx.style,
                  key: 'style',
                  render: (_, f) => (
                    <Space size={4}>
                      <Checkbox checked={f.bold} onChange={(e) => set(f.field, { bold: e.target.checked })} disabled={!mayEdit}>
                        {tx.bold}
                      </Checkbox>
                      <Checkbox checked={f.italic} onChange={(e) => set(f.field, { italic: e.target.checked })} disabled={!mayEdit}>
                        {tx.italic}
                      </Checkbox>
                      <Checkbox checked={f.uppercase} onChange={(e) => set(f.field, { uppercase: e.target.checked })} disabled={!mayEdit}>
                        {tx.uppercase}
                      </Checkbox>
                    </Space>
                  ),
                },
                {
                  title: tx.align,
                  key: 'align',
                  render: (_, f) => (
                    <Select
                      size="small"
                      value={f.align}
                      onChange={(align) => set(f.field, { align })}
                      disabled={!mayEdit}
                      style={{ width: 90 }}
                      options={[
                        { value: 'left', label: tx.alignLeft },
                        { value: 'center', label: tx.alignCenter },
                        { value: 'right', label: tx.alignRight },
                      ]}
                    />
                  ),
                },
                {
                  title: tx.color,
                  key: 'color',
                  render: (_, f) => (
                    <Input size="small" value={f.color} onChange={(e) => set(f.field, { color: e.target.value })} disabled={!mayEdit} style={{ width: 90 }} />
                  ),
                },
                {
                  title: tx.printable,
                  key: 'printable',
                  render: (_, f) => (
                    <Checkbox
                      checked={f.printable}
                      onChange={(e) => set(f.field, { printable: e.target.checked })}
                      disabled={!mayEdit}
                      data-testid={`printable-${f.field}`}
                    />
                  ),
                },
              ]}
            />
            {mayEdit ? (
              <Button type="primary" onClick={() => void onSave()} disabled={problems.length > 0} loading={saving} data-testid="save-layout">
                {tx.save}
              </Button>
            ) : null}
          </Space>
        </Card>
      ) : null}
    </QueryState>
  );
}
