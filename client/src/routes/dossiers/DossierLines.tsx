import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Space, Switch, Table } from 'antd';
import { FileSearchOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { SubjectKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DossierLines_LineFragment } from '../../gql/graphql';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { DocumentDownloads } from '../../components/documents';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { CouncilResultTag } from '../council';
import { AppraiseLineModal } from './AppraiseLineModal';
import { EligibilityTag, RuleResults } from './EligibilityTag';
import { flowTexts } from './flowTexts';
import { LineAppraisal } from './LineAppraisal';
import { LineFormModal } from './LineFormModal';
import { dossierTexts } from './texts';
import { useDeleteDossierLine, useUpdateDossierLine } from './useDossierMutations';

export const DossierLines_line = graphql(`
  fragment DossierLines_line on DossierLine {
    id version position subjectKind included achievement
    awardType { id nameVi }
    unit { id name }
    person { id fullName }
    household { id name }
    eligibility { outcome results { outcome reasons rule { id code titleVi sourceDocument } } }
    appraisalResult appraisalNote appraisalOverrideReason
    commendation { id year }
    councilResult
    councilSession { id title }
  }
`);

type Line = DossierLines_LineFragment;
const subjectName = (l: Line) => l.unit?.name ?? l.person?.fullName ?? l.household?.name ?? '—';

interface Props {
  dossierId: string;
  lines: readonly FragmentType<typeof DossierLines_line>[];
  /** Whether the dossier may still be changed (not sent; the viewer owns it): else the controls are off. */
  editable: boolean;
  /** Whether the viewer is the Board and holds the dossier now: each line may be appraised. */
  appraisable?: boolean;
}

/** The nominees: subject, proposed award, achievement, include flag, eligibility (rule results when expanded). */
export function DossierLines({ dossierId, lines: refs, editable, appraisable = false }: Props) {
  const tx = useTexts(dossierTexts);
  const vocab = useVocabularyLabel();
  const lines = getFragmentData(DossierLines_line, refs);
  const flow = useTexts(flowTexts);
  const [editing, setEditing] = useState<Line | 'new' | null>(null);
  const [appraising, setAppraising] = useState<Line | null>(null);
  const [update] = useUpdateDossierLine();
  const [remove] = useDeleteDossierLine();
  // The server has the last word (DOSSIER_LOCKED once sent): its refusal is shown as it says it; success shows in the table.
  const run = useMutationFeedback({ toast: false });
  return (
    <Card
      title={`${tx.lines} (${lines.length})`}
      extra={
        <Button icon={<PlusOutlined />} disabled={!editable} onClick={() => setEditing('new')} data-testid="add-line">
          {tx.addLine}
        </Button>
      }
    >
      <Table<Line>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...lines]}
        data-testid="dossier-lines"
        expandable={{ rowExpandable: (l) => !!l.eligibility?.results.length, expandedRowRender: (l) => <RuleResults results={l.eligibility!.results} /> }}
        columns={[
          { title: '#', dataIndex: 'position', width: 48 },
          { title: tx.subject, key: 'subject', render: (_, l) => `${subjectName(l)} (${vocab(SubjectKind, l.subjectKind)})` },
          { title: tx.awardType, key: 'award', render: (_, l) => l.awardType.nameVi },
          { title: tx.achievement, dataIndex: 'achievement' },
          {
            title: tx.included,
            dataIndex: 'included',
            render: (included: boolean, l) => (
              <Switch
                size="small"
                checked={included}
                disabled={!editable}
                data-testid="line-included"
                onChange={(value) =>
                  void run(
                    async () => (await update({ variables: { input: { id: l.id, included: value, expectedVersion: l.version } } })).data?.updateDossierLine,
                  )
                }
              />
            ),
          },
          { title: tx.eligibility, key: 'eligibility', render: (_, l) => (l.eligibility ? <EligibilityTag outcome={l.eligibility.outcome} /> : '—') },
          { title: flow.appraisal, key: 'appraisal', render: (_, l) => <LineAppraisal line={l} /> },
          {
            title: flow.council,
            key: 'council',
            // Only once the council has voted on one of the lines.
            hidden: !lines.some((l) => l.councilResult),
            render: (_, l) =>
              l.councilResult ? (
                l.councilSession ? (
                  <Link to={`/council/${encodeURIComponent(l.councilSession.id)}`} title={l.councilSession.title}>
                    <CouncilResultTag result={l.councilResult} long />
                  </Link>
                ) : (
                  <CouncilResultTag result={l.councilResult} long />
                )
              ) : null,
          },
          {
            key: 'actions',
            render: (_, l) => (
              <Space>
                {l.subjectKind === 'COLLECTIVE' ? <DocumentDownloads kind="ACHIEVEMENT_REPORT" recordId={l.id} compact /> : null}
                {appraisable ? (
                  <Button size="small" icon={<FileSearchOutlined />} onClick={() => setAppraising(l)} data-testid="appraise-line">
                    {flow.appraise}
                  </Button>
                ) : null}
                <Button size="small" icon={<EditOutlined />} disabled={!editable} onClick={() => setEditing(l)} data-testid="edit-line" />
                <DeleteRecordButton
                  label={tx.removeLine}
                  confirmText={tx.removeLineConfirm}
                  disabled={!editable}
                  testId="remove-line"
                  onDelete={async () =>
                    void (await run(async () => (await remove({ variables: { id: l.id, expectedVersion: l.version } })).data?.deleteDossierLine))
                  }
                />
              </Space>
            ),
          },
        ]}
      />
      <LineFormModal
        dossierId={dossierId}
        line={editing === 'new' ? undefined : (editing ?? undefined)}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
      <AppraiseLineModal line={appraising} onClose={() => setAppraising(null)} />
    </Card>
  );
}
