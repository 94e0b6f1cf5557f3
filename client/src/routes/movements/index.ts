// What other parts of the app use of the movements route: the colour of each status.
export { movementStatusColor } from './movementStatus';
