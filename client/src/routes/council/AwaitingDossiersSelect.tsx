import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from 'antd';
import { graphql } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { councilTexts } from './texts';

const AwaitingDossiers = graphql(`
  query AwaitingDossiers {
    dossiers(first: 100, filter: { status: { eq: AWAITING_DECISION } }) {
      nodes { id code title year proposingUnit { id name } bloc { id name } }
    }
  }
`);

/** Without diacritics and case: "ho so" finds "Hồ sơ", "dong" finds "Đông". */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

interface Props extends Omit<SelectProps<string[]>, 'options' | 'mode'> {
  /** Dossiers already chosen that may no longer be awaiting decision (the agenda as saved). */
  known?: readonly { id: string; code: string; title: string }[];
}

/**
 * Several dossiers awaiting decision (the council votes on their eligible lines), searched as the
 * user types without diacritics. The API's dossier list takes no search text: the first 100
 * dossiers in that status are loaded and searched here.
 */
export function AwaitingDossiersSelect({ known = [], ...props }: Props) {
  const { language } = useLanguage();
  const tx = useTexts(councilTexts);
  const { data, loading } = useQuery(AwaitingDossiers, { fetchPolicy: 'cache-and-network' });
  const found = (data?.dossiers.nodes ?? []).map((d) => ({
    value: d.id,
    label: `${d.code} – ${d.title} (${d.proposingUnit?.name ?? d.bloc?.name ?? d.year})`,
  }));
  const options = [...known.filter((k) => !found.some((f) => f.value === k.id)).map((k) => ({ value: k.id, label: `${k.code} – ${k.title}` })), ...found];
  return (
    <Select<string[]>
      mode="multiple"
      showSearch
      allowClear
      loading={loading}
      placeholder={language === 'vi' ? 'Gõ mã hoặc trích yếu hồ sơ (không cần dấu)…' : 'Type a code or title…'}
      notFoundContent={loading ? undefined : tx.noDossiers}
      filterOption={(input, option) => plain(String(option?.label ?? '')).includes(plain(input))}
      {...props}
      options={options}
    />
  );
}
