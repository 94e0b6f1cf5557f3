import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Mentions, Typography } from 'antd';
import { useTexts } from '../i18n/language';
import { MentionableUsersQuery } from './documents';
import { COMMENT_TEXTS } from './texts';

const SUGGESTIONS = 8;

interface Props {
  /** Given by the Form.Item around it. */
  value?: string;
  onChange?: (value: string) => void;
  /** Ctrl+Enter (⌘+Enter): send without reaching for the mouse. */
  onSubmit: () => void;
  autoFocus?: boolean;
}

/**
 * A comment's text box: typing "@" suggests colleagues by username or name (diacritics
 * optional, `mentionableUsers`); choosing one writes "@username ".
 */
export function MentionInput({ value, onChange, onSubmit, autoFocus }: Props) {
  const text = useTexts(COMMENT_TEXTS);
  const [search, setSearch] = useState<string | null>(null);
  const { data, previousData, loading } = useQuery(MentionableUsersQuery, { variables: { search: search ?? '', first: SUGGESTIONS }, skip: search === null });
  const users = (data ?? previousData)?.mentionableUsers ?? [];
  return (
    <Mentions
      value={value}
      onChange={onChange}
      onSearch={(typed) => setSearch(typed)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onSubmit();
        }
      }}
      prefix="@"
      filterOption={false}
      loading={loading}
      notFoundContent={text.noUsers}
      options={users.map((user) => ({
        key: user.username,
        value: user.username,
        label: (
          <span data-testid="mention-option">
            {user.displayName} <Typography.Text type="secondary">@{user.username}</Typography.Text>
          </span>
        ),
      }))}
      placeholder={text.placeholder}
      autoSize={{ minRows: 2, maxRows: 10 }}
      autoFocus={autoFocus}
      data-testid="comment-input"
    />
  );
}
