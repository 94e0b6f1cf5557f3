import { Link, useNavigate } from 'react-router';
import { Button, Card, Table, Tag } from 'antd';
import { FormOutlined, PlusOutlined } from '@ant-design/icons';
import { CovenantStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCan } from '../../auth/AuthProvider';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { useMutationFeedback } from '../../lib/useMutationFeedback';
import { useCreateCovenant } from '../covenants';

export const BlocCovenantsCard_bloc = graphql(`
  fragment BlocCovenantsCard_bloc on Bloc {
    id
    covenants { id year title status signedCount memberCount }
    covenant(year: $year) { id }
  }
`);

const TEXTS = {
  card: { vi: 'Giao ước thi đua', en: 'Covenants' },
  create: { vi: 'Tạo giao ước năm', en: 'Create covenant for' },
  open: { vi: 'Mở giao ước năm', en: 'Open covenant of' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  status: { vi: 'Trạng thái', en: 'Status' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  defaultTitle: { vi: 'Giao ước thi đua năm', en: 'Giao ước thi đua năm' },
  created: { vi: 'Đã tạo giao ước', en: 'Covenant created' },
};

/** The bloc's covenants by year; creates the selected year's covenant and opens its editor. */
export function BlocCovenantsCard({ bloc: ref, year }: { bloc: FragmentType<typeof BlocCovenantsCard_bloc>; year: number }) {
  const bloc = getFragmentData(BlocCovenantsCard_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const navigate = useNavigate();
  const feedback = useMutationFeedback();
  const [create, { loading }] = useCreateCovenant();
  // Creating the year's covenant: the Board, or this bloc's own officer.
  const mayCreate = useCan('write:bloc', { blocId: bloc.id });
  const open = (id: string) => navigate(`/covenants/${encodeURIComponent(id)}`);

  const createForYear = async () => {
    const payload = await feedback(
      async () => (await create({ variables: { input: { blocId: bloc.id, year, title: `${text.defaultTitle} ${year}` } } })).data?.createCovenant,
      text.created,
    );
    if (payload?.covenant) open(payload.covenant.id);
  };

  return (
    <Card
      title={text.card}
      style={{ height: '100%' }}
      extra={
        bloc.covenant ? (
          <Button icon={<FormOutlined />} onClick={() => open(bloc.covenant!.id)} data-testid="open-covenant">
            {text.open} {year}
          </Button>
        ) : mayCreate ? (
          <Button type="primary" icon={<PlusOutlined />} loading={loading} onClick={createForYear} data-testid="create-covenant">
            {text.create} {year}
          </Button>
        ) : null
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={bloc.covenants}
        locale={{ emptyText: t('empty') }}
        data-testid="covenants-table"
        scroll={{ x: true }}
        columns={[
          { title: t('year'), dataIndex: 'year', width: 64 },
          { title: text.title, dataIndex: 'title', render: (title: string, c) => <Link to={`/covenants/${encodeURIComponent(c.id)}`}>{title}</Link> },
          { title: text.status, dataIndex: 'status', render: (s) => <Tag>{vocab(CovenantStatus, s)}</Tag> },
          { title: text.signed, key: 'signed', width: 80, render: (_, c) => `${c.signedCount}/${c.memberCount}` },
        ]}
      />
    </Card>
  );
}
