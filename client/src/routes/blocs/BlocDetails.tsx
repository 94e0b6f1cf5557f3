import { Link } from 'react-router';
import { Card, Descriptions, Space } from 'antd';
import { BlocKind, BlocLevel } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { formatDate } from '../../lib/format';

export const BlocDetails_bloc = graphql(`
  fragment BlocDetails_bloc on Bloc {
    id code kind level area description
    parent { id name }
    ownerUnit { id name }
    children { id name }
    foundingDecision { id number issuedOn issuer subject }
  }
`);

const TEXTS = {
  code: { vi: 'Mã khối', en: 'Code' },
  level: { vi: 'Cấp', en: 'Level' },
  decision: { vi: 'Quyết định thành lập', en: 'Founding decision' },
  parent: { vi: 'Khối, cụm cấp trên', en: 'Parent bloc' },
  owner: { vi: 'Tổ chức quản lý', en: 'Owner organisation' },
  children: { vi: 'Khối, cụm trực thuộc', en: 'Sub-blocs' },
  description: { vi: 'Mô tả', en: 'Description' },
  noNumber: { vi: '(không số)', en: '(no number)' },
  dated: { vi: 'ngày', en: 'of' },
};

/** What the bloc is and the decision that set it up. */
export function BlocDetails({ bloc: ref }: { bloc: FragmentType<typeof BlocDetails_bloc> }) {
  const bloc = getFragmentData(BlocDetails_bloc, ref);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const vocab = useVocabularyLabel();
  const decision = bloc.foundingDecision;
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={text.code}>{bloc.code}</Descriptions.Item>
        <Descriptions.Item label={t('kind')}>{vocab(BlocKind, bloc.kind)}</Descriptions.Item>
        <Descriptions.Item label={text.level}>{vocab(BlocLevel, bloc.level)}</Descriptions.Item>
        <Descriptions.Item label={t('area')}>{bloc.area}</Descriptions.Item>
        {bloc.parent ? (
          <Descriptions.Item label={text.parent}>
            <Link to={`/blocs/${encodeURIComponent(bloc.parent.id)}`}>{bloc.parent.name}</Link>
          </Descriptions.Item>
        ) : null}
        {bloc.ownerUnit ? (
          <Descriptions.Item label={text.owner}>
            <Link to={`/units/${encodeURIComponent(bloc.ownerUnit.id)}`}>{bloc.ownerUnit.name}</Link>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={text.decision} span="filled">
          {decision ? (
            <span data-testid="founding-decision">
              <Link to={`/decisions/${encodeURIComponent(decision.id)}`}>{decision.number ?? text.noNumber}</Link>
              {decision.issuedOn ? ` ${text.dated} ${formatDate(decision.issuedOn)}` : ''} – {decision.issuer}: {decision.subject}
            </span>
          ) : null}
        </Descriptions.Item>
        {bloc.children.length ? (
          <Descriptions.Item label={text.children} span="filled">
            <Space wrap>
              {bloc.children.map((c) => (
                <Link key={c.id} to={`/blocs/${encodeURIComponent(c.id)}`}>
                  {c.name}
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
        {bloc.description ? (
          <Descriptions.Item label={text.description} span="filled">
            {bloc.description}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
