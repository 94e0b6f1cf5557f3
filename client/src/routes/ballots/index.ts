export { BallotSessionsCard } from './BallotSessionsCard';
