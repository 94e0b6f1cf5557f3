// What other features use of the commendations route: the server-paged commendation table.
export { CommendationTable } from './CommendationTable';
export { CommendationActions } from './CommendationActions';
