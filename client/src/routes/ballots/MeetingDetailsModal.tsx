import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Modal } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useTexts } from '../../i18n/language';
import { toInput } from '../../lib/formInput';
import { evictHistory } from '../../lib/historyCache';
import { useVersionedForm } from '../../live/useVersionedForm';
import { MEETING_FIELDS, MeetingFields, type MeetingValues } from './MeetingFields';

export const MeetingDetailsModal_session = graphql(`
  fragment MeetingDetailsModal_session on BallotSession {
    id version meetingDate venue chair secretary boardGuest
  }
`);

const UpdateBallotMeeting = graphql(`
  mutation UpdateBallotMeeting($input: UpdateBallotSessionInput!) {
    updateBallotSession(input: $input) {
      session { id ...MeetingDetailsModal_session }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on BallotSession { ...MeetingDetailsModal_session } } }
    }
  }
`);

const TEXTS = { title: { vi: 'Thông tin cuộc họp (ghi vào biên bản)', en: 'Meeting details (for the minutes)' } };

/** Cleared fields are null; the date stays "YYYY-MM-DD" (a native date input). */
const meetingInput = (values: MeetingValues) => toInput(Object.fromEntries(MEETING_FIELDS.map((f) => [f, values[f]])) as MeetingValues);

/** Edits the meeting details of a session while it is a draft or open, against the version it opened with. */
export function MeetingDetailsModal(props: { open: boolean; onClose(): void; session: FragmentType<typeof MeetingDetailsModal_session> }) {
  const session = getFragmentData(MeetingDetailsModal_session, props.session);
  const { t } = useLanguage();
  const text = useTexts(TEXTS);
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingValues>();
  const { problems, load, saveChanges, holder } = useVersionedForm(form, { entityType: 'BallotSession', toInput: meetingInput, onDeleted: props.onClose });
  const [update, { loading }] = useMutation(UpdateBallotMeeting, {
    update: (cache, { data }) => evictHistory(cache, 'BallotSession', data?.updateBallotSession.session?.id),
  });

  useEffect(() => {
    if (!props.open) return;
    const { id: _id, version, __typename: _t, ...values } = session as typeof session & { __typename?: string };
    load({ values, version });
  }, [props.open]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: MeetingValues) => {
    const saved = await saveChanges(values, async (input) => (await update({ variables: { input: { ...input, id: session.id } } })).data!.updateBallotSession);
    if (!saved) return;
    message.success(t('saved'));
    props.onClose();
  };

  return (
    <Modal
      open={props.open}
      title={text.title}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      {problems.length ? <Alert type="error" showIcon title={problems.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <MeetingFields />
      </Form>
      {holder}
    </Modal>
  );
}
