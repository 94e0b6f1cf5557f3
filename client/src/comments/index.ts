// What other parts of the app use of comments: a record page's panel and the mention notifier.
export { CommentsPanel } from './CommentsPanel';
export { MentionNotifier } from './MentionNotifier';
