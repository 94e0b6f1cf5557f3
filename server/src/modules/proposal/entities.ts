export * from './commendation-proposal.entity.js';
