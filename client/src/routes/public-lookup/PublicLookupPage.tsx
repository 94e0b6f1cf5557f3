import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Form } from 'antd';
// The input alone, as on the login page: antd's Input index also bundles Search, TextArea and OTP.
import Input from 'antd/es/input/Input';
import { publicDecisionPath } from '@thidua/shared';
import { graphql } from '../../gql';
import { SEARCH_DELAY_MS } from '../../components/SearchInput';
import { useTexts } from '../../i18n/language';
import { useUrlParams } from '../../lib/useUrlParams';
import { PublicFrame } from './PublicFrame';
import { PublicAwardList, useDecisionLine } from './PublicAwardList';
import { FilterSelect, Section } from './PublicParts';
import { publicTexts } from './texts';

const PAGE = 20;

const PublicFacetsQuery = graphql(`
  query PublicFacets { publicFacets { issuers years } }
`);

const PublicLookupQuery = graphql(`
  query PublicLookup($search: String, $year: Int, $issuer: String, $first: Int, $awardsAfter: String, $decisionsAfter: String) {
    publicAwards(search: $search, year: $year, issuer: $issuer, first: $first, after: $awardsAfter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id ...PublicAwardList_award }
    }
    publicDecisions(search: $search, year: $year, issuer: $issuer, first: $first, after: $decisionsAfter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id number issuedOn issuer subject }
    }
  }
`);

/**
 * The search box: searches as you type, after a short pause (one request per pause), at once on
 * Enter. A form item like the login page's fields (the two pages then share their chunks whole).
 */
function SearchBox({ value, onSearch, placeholder }: { value: string; onSearch(text: string): void; placeholder: string }) {
  const [typed, setTyped] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setTyped(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim() !== value) onSearch(text.trim());
  };
  return (
    <Form.Item label={placeholder} colon={false} style={{ margin: 0 }} labelCol={{ className: 'public-sr-only' }}>
      <Input
        allowClear
        value={typed}
        placeholder={placeholder}
        aria-label={placeholder}
        style={{ width: 420, maxWidth: '100%' }}
        onChange={(event) => {
          setTyped(event.target.value);
          clearTimeout(timer.current);
          const text = event.target.value;
          timer.current = setTimeout(() => search(text), SEARCH_DELAY_MS);
        }}
        onPressEnter={() => search(typed)}
        data-testid="public-search"
      />
    </Form.Item>
  );
}

/** /tra-cuu: anyone searches the published decisions and awards, by name without diacritics, by year and issuer (kept in the URL). */
export function Component() {
  const tx = useTexts(publicTexts);
  const decisionLine = useDecisionLine();
  const [params, setParams] = useUrlParams();
  const search = params.get('q') ?? '';
  const year = params.get('year') ?? '';
  const issuer = params.get('issuer') ?? '';
  const set = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const facets = useQuery(PublicFacetsQuery);
  const variables = { search: search || null, year: year ? Number(year) : null, issuer: issuer || null, first: PAGE };
  const { data, previousData, error, loading, fetchMore } = useQuery(PublicLookupQuery, { variables });
  const shown = data ?? previousData;

  const more = (which: 'publicAwards' | 'publicDecisions') =>
    fetchMore({
      variables:
        which === 'publicAwards' ? { awardsAfter: shown?.publicAwards.pageInfo.endCursor } : { decisionsAfter: shown?.publicDecisions.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) =>
        ({ ...previous, [which]: { ...fetchMoreResult[which], nodes: [...previous[which].nodes, ...fetchMoreResult[which].nodes] } }) as typeof previous,
    });
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${n})`);

  return (
    <PublicFrame error={error}>
      <h1 style={{ marginTop: 0 }}>{tx.title}</h1>
      <p>{tx.intro}</p>
      <Form
        layout="inline"
        onSubmitCapture={(event) => event.preventDefault()}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', marginBottom: 16 }}
      >
        <SearchBox value={search} onSearch={(text) => set('q', text)} placeholder={tx.search} />
        <FilterSelect
          label={tx.year}
          any={tx.anyYear}
          value={year}
          options={(facets.data?.publicFacets.years ?? []).map(String)}
          onChange={(value) => set('year', value)}
          testId="public-year"
        />
        <FilterSelect
          label={tx.issuer}
          any={tx.anyIssuer}
          value={issuer}
          options={facets.data?.publicFacets.issuers ?? []}
          onChange={(value) => set('issuer', value)}
          testId="public-issuer"
        />
      </Form>
      <div aria-busy={loading} data-testid={loading ? 'public-loading' : 'public-results'}>
        <Section title={`${tx.awards}${count(shown?.publicAwards.totalCount)}`}>
          <PublicAwardList awards={shown?.publicAwards.nodes ?? []} />
          {shown?.publicAwards.pageInfo.hasNextPage ? <Button onClick={() => void more('publicAwards')}>{tx.more}</Button> : null}
        </Section>
        <Section title={`${tx.decisions}${count(shown?.publicDecisions.totalCount)}`} testId="public-decisions">
          {shown?.publicDecisions.nodes.length ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {shown.publicDecisions.nodes.map((decision) => (
                <li key={decision.id} style={{ marginBottom: 8 }}>
                  <Link to={publicDecisionPath(decision.id)}>{decisionLine(decision)}</Link>
                  <div>{decision.subject}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{tx.none}</p>
          )}
          {shown?.publicDecisions.pageInfo.hasNextPage ? <Button onClick={() => void more('publicDecisions')}>{tx.more}</Button> : null}
        </Section>
      </div>
    </PublicFrame>
  );
}
