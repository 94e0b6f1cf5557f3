import { Link } from 'react-router';
import { Card, Table, Typography } from 'antd';
import { Gender } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';

export const UnitPeopleCard_unit = graphql(`
  fragment UnitPeopleCard_unit on Unit {
    people(first: 50) { totalCount nodes { id fullName birthYear gender currentAffiliation { id position } } }
  }
`);

const TEXTS = {
  card: { vi: 'Cá nhân đang công tác', en: 'People working here' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  birthYear: { vi: 'Năm sinh', en: 'Born' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  position: { vi: 'Chức vụ', en: 'Position' },
  shown: { vi: 'Hiển thị 50 người đầu theo họ tên.', en: 'Showing the first 50 by name.' },
};

/** People currently working at the unit. */
export function UnitPeopleCard({ unit: ref }: { unit: FragmentType<typeof UnitPeopleCard_unit> }) {
  const unit = getFragmentData(UnitPeopleCard_unit, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const { nodes, totalCount } = unit.people;
  return (
    <Card title={`${text.card} (${formatNumber(totalCount)})`} style={{ height: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={nodes}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: true }}
        data-testid="unit-people-table"
        columns={[
          { title: text.fullName, dataIndex: 'fullName', render: (name: string, p) => <Link to={`/people/${encodeURIComponent(p.id)}`}>{name}</Link> },
          { title: text.position, key: 'position', render: (_, p) => p.currentAffiliation?.position },
          { title: text.birthYear, dataIndex: 'birthYear', width: 90 },
          { title: text.gender, dataIndex: 'gender', width: 90, render: (g) => vocab(Gender, g) },
        ]}
      />
      {nodes.length < totalCount ? <Typography.Text type="secondary">{text.shown}</Typography.Text> : null}
    </Card>
  );
}
