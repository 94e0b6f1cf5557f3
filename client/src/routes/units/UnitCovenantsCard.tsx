import { Link } from 'react-router';
import { Card, Table, Tag } from 'antd';
import { CovenantStatus } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';

export const UnitCovenantsCard_unit = graphql(`
  fragment UnitCovenantsCard_unit on Unit {
    covenantSignatures { id signedOn signerName signerTitle covenant { id year title status bloc { id name } } }
  }
`);

const TEXTS = {
  card: { vi: 'Giao ước đã ký', en: 'Covenants signed' },
  covenant: { vi: 'Giao ước', en: 'Covenant' },
  signer: { vi: 'Người ký', en: 'Signer' },
  signedOn: { vi: 'Ngày ký', en: 'Signed on' },
};

/** Covenants the unit signed, newest first, with who signed and when. */
export function UnitCovenantsCard({ unit: ref }: { unit: FragmentType<typeof UnitCovenantsCard_unit> }) {
  const unit = getFragmentData(UnitCovenantsCard_unit, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  return (
    <Card title={`${text.card} (${unit.covenantSignatures.length})`} style={{ height: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={unit.covenantSignatures}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: true }}
        data-testid="unit-covenants-table"
        columns={[
          { title: t('year'), key: 'year', width: 64, render: (_, s) => s.covenant.year },
          {
            title: text.covenant,
            key: 'covenant',
            render: (_, s) => (
              <>
                <Link to={`/covenants/${encodeURIComponent(s.covenant.id)}`}>{s.covenant.title}</Link>
                <div>
                  <Link to={`/blocs/${encodeURIComponent(s.covenant.bloc.id)}`} style={{ fontSize: 12 }}>
                    {s.covenant.bloc.name}
                  </Link>{' '}
                  <Tag>{vocab(CovenantStatus, s.covenant.status)}</Tag>
                </div>
              </>
            ),
          },
          { title: text.signer, key: 'signer', render: (_, s) => [s.signerName, s.signerTitle].filter(Boolean).join(', ') },
          { title: text.signedOn, dataIndex: 'signedOn', width: 100, render: (d: string) => formatDate(d) },
        ]}
      />
    </Card>
  );
}
