import { useMemo } from 'react';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { BulbOutlined } from '@ant-design/icons';
import { useLanguage, useTexts } from '../../i18n/language';
import { EXAMPLES, exampleVariables, isDisposable, type ExampleQuery } from './examples';

const TEXTS = {
  title: { vi: 'Truy vấn mẫu', en: 'Example queries' },
  hint: {
    vi: 'Chọn một truy vấn để nạp vào trình soạn thảo, rồi bấm ▶ (Ctrl+Enter) để chạy. Tài liệu lược đồ ở biểu tượng cuốn sách.',
    en: 'Pick a query to load it into the editor, then press ▶ (Ctrl+Enter) to run it. Schema docs are behind the book icon.',
  },
};

function ExamplesPanel({ defaultQuery }: { defaultQuery: string }) {
  const { language } = useLanguage();
  const text = useTexts(TEXTS);
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { addTab } = useGraphiQLActions();

  const load = (example: ExampleQuery) => {
    // Work in progress stays: an example goes into a new tab unless the current one holds nothing of the user's.
    if (queryEditor && !isDisposable(queryEditor.getValue(), defaultQuery)) addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(exampleVariables(example));
    queryEditor?.focus();
  };

  return (
    <section aria-label={text.title} data-testid="graphiql-examples">
      <div className="graphiql-doc-explorer-title">{text.title}</div>
      <p style={{ color: 'hsla(var(--color-neutral), var(--alpha-secondary))', marginTop: 8 }}>{text.hint}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {EXAMPLES.map((example) => (
          <li key={example.id} style={{ marginBottom: 8 }}>
            <button type="button" className="thidua-example" data-testid={`example-${example.id}`} onClick={() => load(example)}>
              <strong>{example.title[language]}</strong>
              <span>{example.description[language]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A sidebar plugin listing the example queries; its title follows the interface language. */
export function useExamplesPlugin(defaultQuery: string): GraphiQLPlugin {
  const text = useTexts(TEXTS);
  return useMemo(
    () => ({
      title: text.title,
      icon: () => <BulbOutlined style={{ fontSize: 20 }} />,
      content: () => <ExamplesPanel defaultQuery={defaultQuery} />,
    }),
    [text.title, defaultQuery],
  );
}
