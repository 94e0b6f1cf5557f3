import { Typography } from 'antd';
import { FileAttachments } from '../../components/FileAttachments';
import { useTexts } from '../../i18n/language';
import type { SheetAssessment } from './sheet';

const TEXTS = {
  files: { vi: 'Tệp minh chứng', en: 'Evidence files' },
  scoreFirst: { vi: 'Nhập điểm tự chấm của ô này trước, rồi đính kèm tệp minh chứng.', en: 'Enter this cell’s self-score first, then attach evidence files.' },
};

/** The evidence files of a cell's assessment (uploads need the assessment to exist). */
export function EvidenceFiles({ assessment, canEdit, onChange }: { assessment: SheetAssessment | null; canEdit: boolean; onChange(): void }) {
  const text = useTexts(TEXTS);
  return (
    <div data-testid="evidence-files">
      <Typography.Title level={5}>{text.files}</Typography.Title>
      {assessment ? (
        <FileAttachments ownerId={assessment.id} purpose="EVIDENCE" files={assessment.evidenceFiles} canEdit={canEdit} onChange={onChange} />
      ) : (
        <Typography.Text type="secondary">{text.scoreFirst}</Typography.Text>
      )}
    </div>
  );
}
