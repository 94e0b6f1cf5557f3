import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Card, Flex, Select, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { DossierAttachmentKind } from '@thidua/shared';
import { FileAttachments } from '../../components/FileAttachments';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const DossierAttachments_dossier = graphql(`
  fragment DossierAttachments_dossier on Dossier {
    id
    attachments { id ...FileAttachments_file }
    checklist { kind label present missing requiredBy { id nameVi } }
  }
`);

const KIND_OPTIONS = DossierAttachmentKind.values.map((value) => ({ value, label: DossierAttachmentKind.labels[value].vi }));
const labelOf = (kind: string) => DossierAttachmentKind.labels[kind as DossierAttachmentKind]?.vi ?? kind;

/** The checklist: each kind the lines' awards need, ticked when at least one file of it is attached. */
export function DossierChecklist({ dossier: ref }: { dossier: FragmentType<typeof DossierAttachments_dossier> }) {
  const dossier = getFragmentData(DossierAttachments_dossier, ref);
  return (
    <Flex vertical gap={6} data-testid="dossier-checklist">
      {dossier.checklist.map((item) => (
        <Flex key={item.kind} gap={8} align="baseline" wrap data-testid={`checklist-${item.kind}`}>
          {item.missing ? (
            <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="Còn thiếu" />
          ) : (
            <CheckCircleFilled style={{ color: '#389e0d' }} aria-label="Đã có" />
          )}
          <Typography.Text strong>{item.label}</Typography.Text>
          <Typography.Text type={item.missing ? 'danger' : 'secondary'}>{item.missing ? 'Còn thiếu' : `${item.present} tệp`}</Typography.Text>
          {item.requiredBy.length ? <Typography.Text type="secondary">{`Cần cho: ${item.requiredBy.map((a) => a.nameVi).join('; ')}`}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * "Hồ sơ đính kèm": the checklist of what the dossier's awards need and its files, with upload
 * (the kind first) and delete while the dossier is editable; the page's steps refresh after a
 * change, since SUBMIT waits on the checklist (the page's query carries both).
 */
export function DossierAttachments({ dossier: ref, editable }: { dossier: FragmentType<typeof DossierAttachments_dossier>; editable: boolean }) {
  const client = useApolloClient();
  const [kind, setKind] = useState<DossierAttachmentKind>('TOTRINH');
  const dossier = getFragmentData(DossierAttachments_dossier, ref);
  const onChange = () => void client.refetchQueries({ include: ['DossierPage'] });
  return (
    <Card title="Hồ sơ đính kèm" size="small" data-testid="dossier-attachments">
      <DossierChecklist dossier={ref} />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        Tệp đính kèm
      </Typography.Title>
      <FileAttachments
        ownerId={dossier.id}
        purpose={kind}
        purposeLabel={labelOf}
        files={dossier.attachments}
        canEdit={editable}
        onChange={onChange}
        uploadPrefix={
          <Select aria-label="Loại tài liệu" data-testid="attachment-kind" style={{ minWidth: 240 }} value={kind} onChange={setKind} options={KIND_OPTIONS} />
        }
      />
    </Card>
  );
}
