import { Link } from 'react-router';
import { Card, Descriptions } from 'antd';
import { DossierKind, DossierLevel } from '@thidua/shared';
import type { DossierPage_DossierFragment } from '../../gql/graphql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { DueDate, StatusTag } from './dossierColumns';
import { dossierTexts } from './texts';

/** The dossier's header: code, status, level and holder, due date, the proposal letter. */
export function DossierSummary({ dossier: d }: { dossier: DossierPage_DossierFragment }) {
  const { t } = useLanguage();
  const tx = useTexts(dossierTexts);
  const vocab = useVocabularyLabel();
  const unitLink = (u: { id: string; name: string } | null | undefined) => (u ? <Link to={`/units/${encodeURIComponent(u.id)}`}>{u.name}</Link> : tx.none);
  return (
    <Card size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="dossier-summary">
        <Descriptions.Item label={tx.code}>{d.code}</Descriptions.Item>
        <Descriptions.Item label={tx.status}>
          <StatusTag status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label={tx.level}>{vocab(DossierLevel, d.currentLevel)}</Descriptions.Item>
        <Descriptions.Item label={tx.holder}>{d.holderUnit ? unitLink(d.holderUnit) : vocab(DossierLevel, d.currentLevel)}</Descriptions.Item>
        <Descriptions.Item label={tx.dueOn}>
          <DueDate dueOn={d.dueOn} />
        </Descriptions.Item>
        <Descriptions.Item label={tx.kind}>{vocab(DossierKind, d.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('year')}>{d.year}</Descriptions.Item>
        <Descriptions.Item label={tx.proposingUnit}>{unitLink(d.proposingUnit)}</Descriptions.Item>
        <Descriptions.Item label={tx.bloc}>{d.bloc?.name ?? tx.none}</Descriptions.Item>
        <Descriptions.Item label={tx.movement}>{d.movement?.name ?? tx.none}</Descriptions.Item>
        <Descriptions.Item label={tx.proposalNumber}>{d.proposalNumber ?? tx.none}</Descriptions.Item>
        <Descriptions.Item label={tx.proposalDate}>{d.proposalDate ? formatDate(d.proposalDate) : tx.none}</Descriptions.Item>
        <Descriptions.Item label={tx.proposalSigner}>{d.proposalSigner ?? tx.none}</Descriptions.Item>
        {d.mergedInto ? (
          <Descriptions.Item label={tx.mergedInto}>
            <Link to={`/dossiers/${encodeURIComponent(d.mergedInto.id)}`}>{d.mergedInto.code}</Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
