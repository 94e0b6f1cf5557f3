import { Button, Space, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { DOCUMENT_FORMATS, documentPath, DocumentKind } from '@thidua/shared';
import { useLanguage } from '../../i18n/language';

interface Props {
  kind: DocumentKind;
  /** The record's global id (for the decision: a decision, or a dossier awaiting decision). */
  recordId: string;
  /** Shown before the buttons: which document ("Tờ trình", "Biên bản"…); the kind's name when left out. */
  label?: string;
  size?: 'small' | 'middle';
  /** In a table row: the buttons only, titled with the document's name. */
  compact?: boolean;
}

/**
 * "Tải DOCX" and "Tải PDF" of one document from its template: plain links to the server's
 * /documents route (the session cookie goes with them; the server checks the record as for its page).
 */
export function DocumentDownloads({ kind, recordId, label, size = 'middle', compact = false }: Props) {
  const { language } = useLanguage();
  const name = label ?? DocumentKind.labels[kind][language];
  const testId = `document-${kind.toLowerCase()}`;
  return (
    <Space size={4} wrap data-testid={testId}>
      {compact ? null : <Typography.Text type="secondary">{name}:</Typography.Text>}
      {DOCUMENT_FORMATS.map((format) => {
        const text = `${language === 'vi' ? 'Tải' : 'Download'} ${format.toUpperCase()}`;
        return (
          <Button
            key={format}
            size={compact ? 'small' : size}
            icon={format === 'pdf' ? <FilePdfOutlined /> : <FileWordOutlined />}
            href={documentPath(kind, recordId, format)}
            download
            title={`${name}: ${text}`}
            data-testid={`${testId}-${format}`}
          >
            {compact ? format.toUpperCase() : text}
          </Button>
        );
      })}
    </Space>
  );
}
