import { useState } from 'react';
import { print, type DocumentNode } from 'graphql';
import { useMutation, useSubscription } from '@apollo/client/react';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { isFinishedJob } from '@thidua/shared';
import type { ExportColumnInput } from '../../gql/graphql';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { describeError } from '../../lib/errors';
import { exportTexts } from './texts';

const StartListExport = graphql(`
  mutation StartListExport($input: ListExportInput!) {
    startListExport(input: $input) {
      job { id status done total }
      userErrors { field code message }
    }
  }
`);

const JobProgress = graphql(`
  subscription JobProgress($id: ID!) {
    jobUpdated(id: $id) { id status done total message errorCode resultName resultUrl }
  }
`);

const CancelJob = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      job { id status }
      userErrors { code message }
    }
  }
`);

export interface ExportListProps {
  /** The list's name: the sheet's title and the file's name. */
  title: string;
  /** The page's own list query and its variables (filters, search, order): the file has what the page shows. */
  query: DocumentNode;
  variables: Record<string, unknown>;
  columns: ExportColumnInput[];
  /** The filters in words, printed under the title. */
  description?: string;
}

/** "Xuất Excel": the export runs on the server as a job; a dialog follows its progress and offers the file. */
export default function ExportListButton(props: ExportListProps) {
  const { label, language } = useLanguage();
  const t = (key: keyof typeof exportTexts) => label(exportTexts[key]);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [start, { loading: starting }] = useMutation(StartListExport);
  const [cancel] = useMutation(CancelJob);
  const { data } = useSubscription(JobProgress, { variables: { id: jobId ?? '' }, skip: !jobId });
  const job = data?.jobUpdated;
  const ended = !!job && isFinishedJob(job.status);

  const begin = async () => {
    setProblem(null);
    try {
      const { data: started } = await start({
        variables: {
          input: {
            title: props.title,
            document: print(props.query),
            variables: Object.fromEntries(Object.entries(props.variables).filter(([key]) => !['first', 'after', 'last', 'before'].includes(key))),
            columns: props.columns,
            description: props.description || null,
          },
        },
      });
      const payload = started?.startListExport;
      if (payload?.job) setJobId(payload.job.id);
      else setProblem(payload?.userErrors.map((e) => e.message).join(' ') || t('exportFailed'));
    } catch (error) {
      setProblem(describeError(error, language));
    }
  };
  const close = () => {
    if (jobId && !ended) void cancel({ variables: { id: jobId } });
    setJobId(null);
  };
  const percent = job?.total ? Math.round((job.done / job.total) * 100) : ended ? 100 : 0;

  return (
    <>
      <Button size="small" icon={<FileExcelOutlined />} loading={starting} onClick={() => void begin()} data-testid="export-list">
        {t('exportExcel')}
      </Button>
      {problem ? <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(null)} /> : null}
      <Modal
        open={!!jobId}
        title={`${t('exportExcel')}: ${props.title}`}
        onCancel={close}
        footer={
          <Space>
            <Button onClick={close} data-testid="export-close">
              {ended ? t('close') : t('cancel')}
            </Button>
            {job?.resultUrl ? (
              <Button type="primary" icon={<DownloadOutlined />} href={job.resultUrl} download={job.resultName ?? undefined} data-testid="export-download">
                {t('download')}
              </Button>
            ) : null}
          </Space>
        }
      >
        <div data-testid="export-progress" data-status={job?.status ?? 'QUEUED'}>
          <Progress percent={percent} status={job?.status === 'FAILED' ? 'exception' : job?.status === 'SUCCEEDED' ? 'success' : 'active'} />
          <Typography.Text type={job?.status === 'FAILED' ? 'danger' : 'secondary'}>
            {job?.status === 'FAILED'
              ? job.message
              : job?.status === 'SUCCEEDED'
                ? `${t('exportReady')} (${formatNumber(job.done)} ${t('rows')})`
                : job?.status === 'CANCELLED'
                  ? t('exportCancelled')
                  : job?.status === 'RUNNING'
                    ? `${formatNumber(job.done)}${job.total ? ` / ${formatNumber(job.total)}` : ''} ${t('rows')}`
                    : t('exportQueued')}
          </Typography.Text>
        </div>
      </Modal>
    </>
  );
}
