import { theme, Typography } from 'antd';
import { splitMentions } from '@thidua/shared';

interface Props {
  body: string;
  /** The users the comment mentions: only their @handles are highlighted. */
  mentions: readonly { username: string; displayName: string }[];
}

/** A comment's text as written (line breaks kept), its @mentions of real users highlighted with their names on hover. */
export function CommentBody({ body, mentions }: Props) {
  const { token } = theme.useToken();
  const names = new Map(mentions.map((m) => [m.username.toLowerCase(), m.displayName]));
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="comment-body">
      {splitMentions(body, [...names.keys()]).map((part, i) =>
        part.mention ? (
          <Typography.Text key={i} strong style={{ color: token.colorPrimary }} title={names.get(part.mention)} data-testid="comment-mention">
            {part.text}
          </Typography.Text>
        ) : (
          part.text
        ),
      )}
    </Typography.Paragraph>
  );
}
