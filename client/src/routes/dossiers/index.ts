/** What other features use of the dossiers: the proposals a vote made, and their status. */
export { ProposalsCard, ProposalStatusTag } from './ProposalsCard';
