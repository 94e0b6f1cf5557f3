// What other features use of the covenants route: creating a covenant (from a bloc's page).
export { useCreateCovenant } from './useCovenantMutations';
