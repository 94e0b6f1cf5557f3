import { useState, type ReactNode } from 'react';
import { App, Button, Flex, Tag, Typography, Upload, type UploadProps } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { FILE_ACCEPT, type FilePurpose } from '@thidua/shared';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatDateTime } from '../lib/format';
import { liveConnectionOf } from '../live/apolloTransport';
import { useMutationFeedback } from '../lib/useMutationFeedback';
import { DeleteRecordButton } from './DeleteRecordButton';
import { checkBeforeUpload, DEFAULT_MAX_BYTES, formatSize, uploadFile, UploadError } from './fileUpload';

export const FileAttachments_file = graphql(`
  fragment FileAttachments_file on StoredFile {
    id
    version
    purpose
    name
    size
    contentType
    uploadedBy
    uploadedAt
    url
  }
`);

const DeleteStoredFileMutation = graphql(`
  mutation DeleteStoredFile($id: ID!, $expectedVersion: Int) {
    deleteStoredFile(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface Props {
  /** Global id of the record the files belong to (e.g. a CovenantAssessment). */
  ownerId: string;
  /** What an upload is for (EVIDENCE, or a dossier attachment's kind). */
  purpose: FilePurpose;
  /** When the record's files have several purposes: each file's purpose as a tag. */
  purposeLabel?(purpose: string): string;
  /** Shown before the upload button, e.g. the choice of purpose. */
  uploadPrefix?: ReactNode;
  files: readonly FragmentType<typeof FileAttachments_file>[];
  /** The viewer may add and delete files of this record. */
  canEdit: boolean;
  /** The server's limit, when the page knows it (20 MB by default). */
  maxBytes?: number;
  /** After an upload or a delete: the page refetches its files. */
  onChange?(): void;
}

/** A record's files: download links (always downloads, never opened in the page), upload and delete for who may edit. */
export function FileAttachments({ ownerId, purpose, purposeLabel, uploadPrefix, files: refs, canEdit, maxBytes = DEFAULT_MAX_BYTES, onChange }: Props) {
  const files = getFragmentData(FileAttachments_file, refs);
  const { message } = App.useApp();
  const feedback = useMutationFeedback();
  const [deleteFile] = useMutation(DeleteStoredFileMutation);
  const [uploading, setUploading] = useState(false);
  const live = liveConnectionOf(useApolloClient());

  const customRequest: UploadProps['customRequest'] = async ({ file, onSuccess, onError }) => {
    setUploading(true);
    try {
      const uploaded = await uploadFile(ownerId, purpose, file as File, live?.ownRequests.next());
      onSuccess?.(uploaded);
      message.success(`Đã tải lên ${uploaded.name}.`);
      onChange?.();
    } catch (error) {
      const text = error instanceof UploadError ? error.message : 'Tải lên không thành công.';
      message.error(text);
      onError?.(error as Error);
    } finally {
      setUploading(false);
    }
  };
  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const refused = checkBeforeUpload(file, maxBytes);
    if (refused) message.error(refused.message);
    return refused ? Upload.LIST_IGNORE : true;
  };

  return (
    <div data-testid="file-attachments">
      {files.length === 0 && <Typography.Text type="secondary">Chưa có tệp đính kèm.</Typography.Text>}
      {files.map((file) => (
        <Flex key={file.id} align="center" gap={8} style={{ padding: '4px 0' }}>
          <PaperClipOutlined />
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <span>
              {purposeLabel ? <Tag>{purposeLabel(file.purpose)}</Tag> : null}
              <a href={file.url} download={file.name}>
                {file.name}
              </a>
            </span>
            <Typography.Text type="secondary">{`${formatSize(file.size)} · ${file.uploadedBy} · ${formatDateTime(file.uploadedAt)}`}</Typography.Text>
          </Flex>
          {canEdit && (
            <DeleteRecordButton
              label="Xóa tệp"
              confirmText={`Xóa tệp ${file.name}? Lịch sử thay đổi vẫn ghi lại việc xóa.`}
              testId={`delete-file-${file.id}`}
              onDelete={async () => {
                const done = await feedback(
                  async () => (await deleteFile({ variables: { id: file.id, expectedVersion: file.version } })).data?.deleteStoredFile,
                  'Đã xóa tệp.',
                );
                if (done) onChange?.();
              }}
            />
          )}
        </Flex>
      ))}
      {canEdit && (
        <Flex gap={8} align="center" wrap>
          {uploadPrefix}
          <Upload accept={FILE_ACCEPT} showUploadList={false} beforeUpload={beforeUpload} customRequest={customRequest} multiple>
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="upload-file">
              Tải tệp lên
            </Button>
          </Upload>
        </Flex>
      )}
    </div>
  );
}
