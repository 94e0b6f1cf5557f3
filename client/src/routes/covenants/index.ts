// What other features use of the covenants route: creating a covenant (from a bloc's page), the ranking (the scoring sheet).
export { useCreateCovenant } from './useCovenantMutations';
export { RankingTable } from './RankingTable';
