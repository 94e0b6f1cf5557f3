// What other features use of the audit route: the page of a record by its type.
export { recordPath } from './recordLinks';
