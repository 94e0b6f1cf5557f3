import { Link } from 'react-router';
import { Card, Descriptions } from 'antd';
import { Gender } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useVocabularyLabel } from '../../components/VocabularySelect';
import { useLanguage, useTexts } from '../../i18n/language';
import { peopleTexts } from './texts';

export const PersonSummary_person = graphql(`
  fragment PersonSummary_person on Person {
    id fullName gender birthYear note
    currentAffiliation { id position unit { id name } }
  }
`);

/** Who the person is and where they work now. */
export function PersonSummary({ person: ref }: { person: FragmentType<typeof PersonSummary_person> }) {
  const { t } = useLanguage();
  const tx = useTexts(peopleTexts);
  const vocab = useVocabularyLabel();
  const person = getFragmentData(PersonSummary_person, ref);
  const current = person.currentAffiliation;
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={tx.gender}>{vocab(Gender, person.gender)}</Descriptions.Item>
        <Descriptions.Item label={tx.birthYear}>{person.birthYear}</Descriptions.Item>
        <Descriptions.Item label={tx.currentUnit}>
          {current ? <Link to={`/units/${encodeURIComponent(current.unit.id)}`}>{current.unit.name}</Link> : tx.noUnit}
        </Descriptions.Item>
        <Descriptions.Item label={tx.position}>{current?.position}</Descriptions.Item>
        {person.note ? (
          <Descriptions.Item label={t('note')} span={2}>
            {person.note}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
