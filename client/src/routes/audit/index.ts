// What other features use of the audit route: a record's page by its type, and records' names and links.
export { recordPath, useRecordLinks } from './recordLinks';
