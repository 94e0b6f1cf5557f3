// What other parts of the app use of presence (who views and edits a record); the rest stays inside.
export { PresenceBar } from './PresenceBar';
export { RowsPresenceProvider, usePresenceColumn } from './PresenceColumn';
export { usePresenceField } from './usePresenceField';
