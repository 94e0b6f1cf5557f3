import { useNavigate } from 'react-router';
import { useSubscription } from '@apollo/client/react';
import { App, Button, Typography } from 'antd';
import { isSignedIn, useViewer } from '../auth/AuthProvider';
import { useTexts } from '../i18n/language';
import { MentionsSubscription } from './mentions.documents';
import { COMMENT_TEXTS } from './texts';

/** How much of the comment the notification quotes. */
export const EXCERPT_LENGTH = 140;

export function excerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

/** Listens for mentions of the signed-in officer; mounted once in the layout. */
export function MentionNotifier() {
  const viewer = useViewer();
  return isSignedIn(viewer) && viewer.kind === 'USER' ? <MentionListener /> : null;
}

/**
 * "Nguyễn Văn A đã nhắc đến bạn: …": a notification for each comment that mentions the
 * signed-in officer as it is posted (`mentions`), with a button to the record's page.
 */
function MentionListener() {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const text = useTexts(COMMENT_TEXTS);
  useSubscription(MentionsSubscription, {
    onData: ({ data: result }) => {
      const comment = result.data?.mentions;
      if (!comment) return;
      // Record links read the record registry: loaded with the first mention, not with the first screen.
      void import('../routes/audit/recordLinks').then(({ recordPath }) => {
        const path = recordPath(comment.recordType, comment.recordId);
        const key = `mention-${comment.id}`;
        notification.info({
          key,
          title: text.mentionedYou.replace('{name}', comment.author.displayName),
          description: (
            <div data-testid="mention-notification">
              <Typography.Paragraph style={{ marginBottom: path ? 8 : 0 }}>{excerpt(comment.body)}</Typography.Paragraph>
              {path ? (
                <Button
                  size="small"
                  type="primary"
                  href={path}
                  onClick={(event) => {
                    event.preventDefault();
                    notification.destroy(key);
                    void navigate(path);
                  }}
                  data-testid="mention-open"
                >
                  {text.open}
                </Button>
              ) : null}
            </div>
          ),
          duration: 10,
        });
      });
    },
  });
  return null;
}
