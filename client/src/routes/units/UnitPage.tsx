import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { UnitKind } from '@thidua/shared';
import { graphql } from '../../gql';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { QueryState } from '../../components/QueryState';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage } from '../../i18n/language';
import { UnitFormModal } from './UnitFormModal';

const UnitQuery = graphql(`
  query UnitPage($id: ID!) {
    unit(id: $id) {
      id name shortName kind area note version
      parent { id name }
    }
  }
`);

export function Component() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const vocab = useVocabularyLabel();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(UnitQuery, { variables: { id } });
  const unit = data?.unit;
  return (
    <QueryState loading={loading && !unit} error={error} onRetry={() => void refetch()}>
      {unit ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={2} style={{ margin: 0 }}>{unit.name}</Typography.Title>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('edit')}</Button>
          </Space>
          <Card>
            <Descriptions column={2}>
              <Descriptions.Item label={t('kind')}>{vocab(UnitKind, unit.kind)}</Descriptions.Item>
              <Descriptions.Item label={t('area')}>{unit.area}</Descriptions.Item>
              <Descriptions.Item label={t('note')} span={2}>{unit.note}</Descriptions.Item>
            </Descriptions>
          </Card>
          <HistoryTimeline id={unit.id} />
          <UnitFormModal open={editing} onClose={() => setEditing(false)} unit={{ ...unit }} />
        </Space>
      ) : null}
    </QueryState>
  );
}
