import { Fragment, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import {
  CERTIFICATE_LIMITS,
  CertificateField,
  certificateLayoutProblems,
  type CertificateFieldLayout,
  type CertificateLayoutShape,
  type TextAlign,
} from '@thidua/shared';
import { graphql } from '../../gql';
import { TextAlign as GqlAlign } from '../../gql/graphql';
import { useCan } from '../../auth/AuthProvider';
import { ProblemsAlert } from '../../components/ProblemsAlert';
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

/** Width of the preview, px: its scale (px per mm) follows the sheet's width. */
const PREVIEW_WIDTH = 840;
const PT_TO_MM = 25.4 / 72;
const round = (mm: number) => Math.round(mm * 2) / 2;

type Field = CertificateFieldLayout;
/** The answer's field without its __typename (an input refuses it), alignment as the shared layout writes it. */
const toField = ({ __typename, align, ...rest }: { __typename?: string; align: GqlAlign } & Omit<Field, 'align'>): Field => ({
  ...rest,
  align: align.toLowerCase() as TextAlign,
});
const PAGE_SIDES = ['pageWidth', 'pageHeight'] as const;
const STYLES = ['bold', 'italic', 'uppercase'] as const;

/** The sheet at scale with each field where it prints; drag a field to move it. Red dashed: shown on screen only. */
function Preview({
  layout: { fields, pageWidth, pageHeight },
  onMove,
}: {
  layout: CertificateLayoutShape;
  onMove: (field: string, top: number, left: number) => void;
}) {
  const { label } = useLanguage();
  const scale = PREVIEW_WIDTH / pageWidth;
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
        height: pageHeight * scale,
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
  const [layout, setLayout] = useState<CertificateLayoutShape>({ pageWidth: 420, pageHeight: 297, fields: [] });
  useEffect(() => {
    if (info) setLayout({ pageWidth: info.pageWidth, pageHeight: info.pageHeight, fields: info.fields.map(toField) });
  }, [info]);
  const problems = useMemo(() => certificateLayoutProblems(layout), [layout]);
  const [save, { loading: saving }] = useMutation(SaveLayout, {
    refetchQueries: [LayoutQuery],
    update: (cache, { data: d }) => evictHistory(cache, 'CertificateLayout', d?.saveCertificateLayout.layout?.id),
  });
  const run = useMutationFeedback();
  const set = (field: string, patch: Partial<Field>) => setLayout((l) => ({ ...l, fields: l.fields.map((f) => (f.field === field ? { ...f, ...patch } : f)) }));
  const onSave = () =>
    run(
      async () =>
        (
          await save({
            variables: {
              input: {
                awardTypeId: id,
                ...layout,
                fields: layout.fields.map((f) => ({ ...f, align: f.align.toUpperCase() as GqlAlign })),
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
              {PAGE_SIDES.map((side, i) => (
                <Fragment key={side}>
                  {i ? '×' : null}
                  <InputNumber
                    min={CERTIFICATE_LIMITS.pageMin}
                    max={CERTIFICATE_LIMITS.pageMax}
                    value={layout[side]}
                    onChange={(v) => setLayout((l) => ({ ...l, [side]: v ?? l[side] }))}
                    disabled={!mayEdit}
                    addonAfter="mm"
                  />
                </Fragment>
              ))}
              <Typography.Text type="secondary">{tx.noMargin}</Typography.Text>
            </Space>
            <Preview layout={layout} onMove={(field, top, left) => mayEdit && set(field, { top, left })} />
            <ProblemsAlert title={tx.problems} problems={problems} testId="layout-problems" />
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={layout.fields}
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
                      {STYLES.map((style) => (
                        <Checkbox key={style} checked={f[style]} onChange={(e) => set(f.field, { [style]: e.target.checked })} disabled={!mayEdit}>
                          {tx[style]}
                        </Checkbox>
                      ))}
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
