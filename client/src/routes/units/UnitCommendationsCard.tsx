import { Card, Select, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { AwardsTable } from '../blocs';

export const UnitCommendationsCard_unit = graphql(`
  fragment UnitCommendationsCard_unit on Unit {
    commendations(first: 100, filter: $commendationFilter) { totalCount nodes { id ...AwardsTable_commendation } }
  }
`);

const TEXTS = {
  card: { vi: 'Khen thưởng tập thể', en: 'Collective commendations' },
  allYears: { vi: 'Mọi năm', en: 'All years' },
  shown: { vi: 'Hiển thị', en: 'Showing' },
  of: { vi: 'trên', en: 'of' },
};

interface Props {
  unit: FragmentType<typeof UnitCommendationsCard_unit>;
  /** Years that have commendations, with how many (for the filter). */
  years: { year: number; count: number }[];
  year?: number;
  onYearChange(year: number | undefined): void;
}

/** The unit's commendations (as a collective), filtered by year. */
export function UnitCommendationsCard({ unit: ref, years, year, onYearChange }: Props) {
  const unit = getFragmentData(UnitCommendationsCard_unit, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const { nodes, totalCount } = unit.commendations;
  return (
    <Card
      title={`${text.card} (${formatNumber(totalCount)})`}
      extra={
        <Select<number | undefined>
          allowClear
          placeholder={text.allYears}
          value={year}
          onChange={onYearChange}
          options={years.map((y) => ({ value: y.year, label: `${y.year} (${formatNumber(y.count)})` }))}
          style={{ width: 150 }}
          data-testid="commendation-year"
        />
      }
    >
      <AwardsTable rows={nodes} hide={['subject']} />
      {nodes.length < totalCount ? (
        <Typography.Text type="secondary">
          {text.shown} {formatNumber(nodes.length)} {text.of} {formatNumber(totalCount)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          {t('total')}: {formatNumber(totalCount)}
        </Typography.Text>
      )}
    </Card>
  );
}
