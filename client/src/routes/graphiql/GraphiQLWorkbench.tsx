// GraphiQL 5 edits with Monaco, whose web workers must be known to Vite ahead of time.
import './monaco-workers';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { useLanguage } from '../../i18n/language';
import { useExamplesPlugin } from './ExamplesPlugin';
import { EXAMPLES, exampleVariables } from './examples';

/**
 * Same-origin POST to the API. `apollo-require-preflight` satisfies the server's CSRF prevention;
 * headers typed in GraphiQL's headers editor are sent too.
 */
export const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers, 'apollo-require-preflight': 'true' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_QUERY = {
  vi: `# GraphiQL cho người phân tích số liệu thi đua, khen thưởng.
# Bên trái: truy vấn mẫu (bóng đèn), tài liệu lược đồ (cuốn sách), lịch sử.
# Ctrl+Space: gợi ý trường; Ctrl+Enter: chạy truy vấn.

${EXAMPLES[0]!.query}
`,
  en: `# GraphiQL for emulation and commendation analysts.
# On the left: example queries (bulb), schema documentation (book), history.
# Ctrl+Space: field suggestions; Ctrl+Enter: run the query.

${EXAMPLES[0]!.query}
`,
};

/** The whole GraphiQL (Monaco, docs explorer, history, examples): loaded only when its page opens. */
export default function GraphiQLWorkbench() {
  const { language } = useLanguage();
  const defaultQuery = DEFAULT_QUERY[language];
  const examples = useExamplesPlugin(defaultQuery);
  return (
    <div className="thidua-graphiql" data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        plugins={[examples, HISTORY_PLUGIN]}
        visiblePlugin={examples}
        defaultQuery={defaultQuery}
        defaultTabs={[{ query: defaultQuery, variables: exampleVariables(EXAMPLES[0]!) }]}
        defaultEditorToolsVisibility="variables"
        forcedTheme="light"
        shouldPersistHeaders={false}
      />
    </div>
  );
}
