import { Space } from 'antd';
import { DossierKind, DossierStatus } from '@thidua/shared';
import type { DossierKind as Kind, DossierStatus as Status } from '../../gql/graphql';
import { VocabularySelect } from '../../components/VocabularySelect';
import { YearSelect } from '../../components/YearSelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { intParam } from '../../lib/listSort';
import type { useListParams } from '../../lib/useListParams';
import { dossierTexts } from './texts';

/** Status, year and kind of a dossier list, kept in the URL. */
export function DossierFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useLanguage();
  const tx = useTexts(dossierTexts);
  return (
    <Space wrap>
      <VocabularySelect
        vocabulary={DossierStatus}
        allowClear
        placeholder={tx.status}
        value={list.get('status') as Status | undefined}
        onChange={(status) => list.update({ status })}
        style={{ width: 220 }}
        data-testid="dossier-filter-status"
      />
      <YearSelect placeholder={t('year')} value={intParam(list.get('year'))} onChange={(year) => list.update({ year })} style={{ width: 110 }} />
      <VocabularySelect
        vocabulary={DossierKind}
        allowClear
        placeholder={tx.kind}
        value={list.get('kind') as Kind | undefined}
        onChange={(kind) => list.update({ kind })}
        style={{ width: 260 }}
      />
    </Space>
  );
}
