import { Link } from 'react-router';
import { Card, Descriptions, Tag } from 'antd';
import { CommendationKind, CommendationStatus, SubjectKind } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';
import { commendationRecordTexts } from './texts';

export const CommendationSummary_commendation = graphql(`
  fragment CommendationSummary_commendation on Commendation {
    id year achievement status kind subjectKind note presentedBy revokedOn revocationReason
    unit { id name }
    person { id fullName }
    household { id name }
    awardType { id nameVi nameEn }
    decision { id number issuer issuedOn }
    movement { id name }
    bloc { id name }
    presentedAt { id title heldOn }
    revocationDecision { id number issuer issuedOn }
  }
`);

export const statusColor = { AWARDED: 'blue', PRESENTED: 'green', REVOKED: 'red' } as const;

const link = (path: string, id: string, text: string) => <Link to={`/${path}/${encodeURIComponent(id)}`}>{text}</Link>;

/** A commendation's particulars: who, what, for which year, by which decision, presented or revoked. */
export function CommendationSummary({ commendation: ref }: { commendation: FragmentType<typeof CommendationSummary_commendation> }) {
  const c = getFragmentData(CommendationSummary_commendation, ref);
  const { t, language } = useLanguage();
  const tx = useTexts(commendationRecordTexts);
  const vocab = useVocabularyLabel();
  const recipient = c.unit ? link('units', c.unit.id, c.unit.name) : c.person ? link('people', c.person.id, c.person.fullName) : c.household?.name;
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }} data-testid="commendation-summary">
        <Descriptions.Item label={tx.recipient}>
          <span>
            {recipient} ({vocab(SubjectKind, c.subjectKind)})
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={tx.status}>
          <Tag color={statusColor[c.status]} data-testid="commendation-status">
            {vocab(CommendationStatus, c.status)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={tx.awardType}>{language === 'vi' ? c.awardType.nameVi : c.awardType.nameEn}</Descriptions.Item>
        <Descriptions.Item label={tx.year}>{c.year}</Descriptions.Item>
        <Descriptions.Item label={tx.achievement} span={2}>
          {c.achievement}
        </Descriptions.Item>
        <Descriptions.Item label={tx.kind}>{vocab(CommendationKind, c.kind)}</Descriptions.Item>
        <Descriptions.Item label={tx.decision}>
          {c.decision
            ? link(
                'decisions',
                c.decision.id,
                [c.decision.number ?? '(không số)', c.decision.issuer, formatDate(c.decision.issuedOn)].filter(Boolean).join(', '),
              )
            : tx.none}
        </Descriptions.Item>
        <Descriptions.Item label={tx.movement}>{c.movement ? link('movements', c.movement.id, c.movement.name) : tx.none}</Descriptions.Item>
        <Descriptions.Item label={tx.bloc}>{c.bloc ? link('blocs', c.bloc.id, c.bloc.name) : tx.none}</Descriptions.Item>
        {c.presentedAt || c.presentedBy ? (
          <Descriptions.Item label={tx.presentedAt} span={2}>
            {[c.presentedAt ? link('events', c.presentedAt.id, `${c.presentedAt.title} (${formatDate(c.presentedAt.heldOn)})`) : null, c.presentedBy]
              .filter(Boolean)
              .map((part, i) => (
                <span key={i}>
                  {i ? ' – ' : ''}
                  {part}
                </span>
              ))}
          </Descriptions.Item>
        ) : null}
        {c.status === 'REVOKED' ? (
          <Descriptions.Item label={tx.revokedOn} span={2}>
            <span data-testid="commendation-revocation">
              {formatDate(c.revokedOn)}: {c.revocationReason}
            </span>
          </Descriptions.Item>
        ) : null}
        {c.revocationDecision ? (
          <Descriptions.Item label={tx.revokingDecision} span={2}>
            {link(
              'decisions',
              c.revocationDecision.id,
              [c.revocationDecision.number ?? '(không số)', c.revocationDecision.issuer, formatDate(c.revocationDecision.issuedOn)].filter(Boolean).join(', '),
            )}
          </Descriptions.Item>
        ) : null}
        {c.note ? (
          <Descriptions.Item label={t('note')} span={2}>
            {c.note}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
