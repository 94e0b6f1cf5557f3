import { Card, Segmented, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import { AwardsTable, type AwardsTable_commendation } from './AwardsTable';

export const BlocCommendationsCard_bloc = graphql(`
  fragment BlocCommendationsCard_bloc on Bloc {
    commendations(first: 100) { totalCount nodes { id ...AwardsTable_commendation } }
  }
`);

export type AwardScope = 'bloc' | 'members';

const TEXTS = {
  card: { vi: 'Khen thưởng của các thành viên', en: "Members' commendations" },
  bloc: { vi: 'Bình xét trong khối', en: 'Through the bloc' },
  members: { vi: 'Mọi khen thưởng tập thể của thành viên', en: 'All collective awards of members' },
  shown: { vi: 'Hiển thị', en: 'Showing' },
  of: { vi: 'trên', en: 'of' },
};

interface Props {
  bloc: FragmentType<typeof BlocCommendationsCard_bloc>;
  scope: AwardScope;
  onScopeChange(scope: AwardScope): void;
  /** Every collective award of the bloc's member units (any bloc), when the scope asks for it. */
  memberAwards?: { totalCount: number; nodes: readonly FragmentType<typeof AwardsTable_commendation>[] };
  memberAwardsLoading?: boolean;
}

/** The award history of the bloc's members: those recorded through the bloc, or all of them. */
export function BlocCommendationsCard({ bloc: ref, scope, onScopeChange, memberAwards, memberAwardsLoading }: Props) {
  const bloc = getFragmentData(BlocCommendationsCard_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const list = scope === 'bloc' ? bloc.commendations : memberAwards;
  return (
    <Card
      title={text.card}
      extra={
        <Segmented<AwardScope>
          value={scope}
          onChange={onScopeChange}
          options={[
            { value: 'bloc', label: text.bloc },
            { value: 'members', label: text.members },
          ]}
          aria-label={text.card}
          data-testid="awards-scope"
        />
      }
    >
      <AwardsTable rows={list?.nodes ?? []} loading={scope === 'members' && memberAwardsLoading && !memberAwards} hide={scope === 'bloc' ? ['bloc'] : []} />
      {list ? (
        <Typography.Text type="secondary">
          {list.nodes.length < list.totalCount ? `${text.shown} ${formatNumber(list.nodes.length)} ${text.of} ` : `${t('total')}: `}
          {formatNumber(list.totalCount)}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
