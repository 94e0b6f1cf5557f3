import { useMutation } from '@apollo/client/react';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { CovenantSheetStatus, CovenantSheetTransition } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CovenantSheetStatus as SheetStatus } from '../../gql/graphql';
import { TransitionButtons } from '../../components/workflow/TransitionButtons';
import { useTransitionFeedback } from '../../components/workflow/useTransitionFeedback';
import { useLanguage, useTexts } from '../../i18n/language';
import { evictHistory } from '../../lib/historyCache';
import { formatDateTime } from '../../lib/format';

export const SheetsPanel_sheet = graphql(`
  fragment SheetsPanel_sheet on CovenantSheet {
    id version status overdue
    unit { id name }
    reviewerUnit { id name }
    submittedBy submittedAt reviewedBy reviewedAt finalizedBy finalizedAt
    allowedTransitions { name to label reasonRequired allowed blockers { field code message } }
  }
`);

// The covenant comes back whole: which cells are open for editing follows the sheets' stages.
const TransitionSheet = graphql(`
  mutation TransitionCovenantSheet($input: TransitionCovenantSheetInput!) {
    transitionCovenantSheet(input: $input) {
      sheet { id ...SheetsPanel_sheet covenant { id ...ScoringGrid_covenant } }
      userErrors { field message code }
      conflict { currentVersion current { id ... on CovenantSheet { ...SheetsPanel_sheet } } }
    }
  }
`);

const AssignReviewer = graphql(`
  mutation AssignCovenantSheetReviewer($input: AssignCovenantSheetReviewerInput!) {
    assignCovenantSheetReviewer(input: $input) {
      sheet { id ...SheetsPanel_sheet }
      userErrors { field message code }
      conflict { currentVersion current { id ... on CovenantSheet { ...SheetsPanel_sheet } } }
    }
  }
`);

const TEXTS = {
  title: { vi: 'Bảng điểm từng đơn vị: nộp, thẩm định, chốt', en: 'Each unit’s sheet: submit, review, finalize' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  status: { vi: 'Trạng thái', en: 'Status' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  reviewer: { vi: 'Đơn vị chấm chéo', en: 'Cross-reviewer' },
  byBloc: { vi: 'Khối thẩm định', en: 'The bloc reviews' },
  steps: { vi: 'Đã làm', en: 'Done' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  submitted: { vi: 'Nộp', en: 'Submitted' },
  reviewed: { vi: 'Thẩm định', en: 'Reviewed' },
  finalized: { vi: 'Chốt', en: 'Finalized' },
};

const COLORS: Record<SheetStatus, string> = { DRAFT: 'default', SUBMITTED: 'gold', REVIEWED: 'blue', FINAL: 'green' };

interface Props {
  sheets: readonly FragmentType<typeof SheetsPanel_sheet>[];
  /** The viewer may assign cross-reviewers (the covenant's bloc officer or the Board). */
  mayAssign: boolean;
}

/** The member units' sheets with their stage, who did what and when, the reviewer, and the steps the viewer may take. */
export function SheetsPanel({ sheets: refs, mayAssign }: Props) {
  const sheets = getFragmentData(SheetsPanel_sheet, refs);
  const text = useTexts(TEXTS);
  const { label } = useLanguage();
  const feedback = useTransitionFeedback();
  const [transition, { loading }] = useMutation(TransitionSheet, {
    update: (cache, { data }) => evictHistory(cache, 'CovenantSheet', data?.transitionCovenantSheet.sheet?.id),
  });
  const [assign] = useMutation(AssignReviewer);
  if (!sheets.length) return null;
  type Row = (typeof sheets)[number];
  const done = (who: string | null | undefined, at: string | null | undefined, what: string) => (who ? `${what}: ${who}, ${formatDateTime(at)}` : null);
  return (
    <Card size="small" title={text.title} data-testid="sheets-panel">
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...sheets].sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'))}
        onRow={(sheet) => ({ 'data-testid': `sheet-${sheet.unit.name}` }) as object}
        columns={[
          { title: text.unit, key: 'unit', render: (_, s) => s.unit.name },
          {
            title: text.status,
            key: 'status',
            render: (_, s) => (
              <Space size={4}>
                <Tag color={COLORS[s.status]} data-testid="sheet-status">
                  {label(CovenantSheetStatus.labels[s.status])}
                </Tag>
                {s.overdue ? <Tag color="red">{text.overdue}</Tag> : null}
              </Space>
            ),
          },
          {
            title: text.reviewer,
            key: 'reviewer',
            render: (_, s) =>
              mayAssign && (s.status === 'DRAFT' || s.status === 'SUBMITTED') ? (
                <Select
                  size="small"
                  style={{ minWidth: 200 }}
                  value={s.reviewerUnit?.id ?? ''}
                  options={[
                    { value: '', label: text.byBloc },
                    ...sheets.filter((o) => o.unit.id !== s.unit.id).map((o) => ({ value: o.unit.id, label: o.unit.name })),
                  ]}
                  onChange={(value: string) =>
                    void feedback(
                      async () =>
                        (await assign({ variables: { input: { id: s.id, reviewerUnitId: value || null, expectedVersion: s.version } } })).data
                          ?.assignCovenantSheetReviewer,
                    )
                  }
                  aria-label={`${text.reviewer}: ${s.unit.name}`}
                />
              ) : (
                (s.reviewerUnit?.name ?? text.byBloc)
              ),
          },
          {
            title: text.steps,
            key: 'done',
            render: (_, s) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[
                  done(s.submittedBy, s.submittedAt, text.submitted),
                  done(s.reviewedBy, s.reviewedAt, text.reviewed),
                  done(s.finalizedBy, s.finalizedAt, text.finalized),
                ]
                  .filter(Boolean)
                  .map((line) => (
                    <div key={line}>{line}</div>
                  ))}
              </Typography.Text>
            ),
          },
          {
            title: text.actions,
            key: 'actions',
            render: (_, s) => (
              <TransitionButtons
                transitions={CovenantSheetTransition}
                options={s.allowedTransitions}
                saving={loading}
                testId="sheet-transition"
                onTransition={(to, reason) =>
                  feedback(
                    async () =>
                      (await transition({ variables: { input: { id: s.id, to, reason, expectedVersion: s.version } } })).data?.transitionCovenantSheet,
                  )
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
