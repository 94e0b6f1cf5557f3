import { graphql } from '../../gql';

/**
 * Everything the sheet shows, in one read: the outline, and per member unit every criterion's
 * computed scores with the records behind them (assessment, target) and their versions.
 */
export const ScoringGrid_covenant = graphql(`
  fragment ScoringGrid_covenant on Covenant {
    id status
    bloc { id }
    sheets { id status unit { id } reviewerUnit { id } ...SheetsPanel_sheet }
    criteria { id number title kind maxScore minScore pointsPerOccurrence penaltyPoints parent { id } }
    ranking {
      finalStage
      rows {
        unit { id name }
        scores {
          leaf notAssigned maxScore assignedMaxScore target selfScore reviewScore finalScore
          criterion { id }
          assessment {
            id version notAssigned actualValue met occurrences bonusCount penaltyCount evidence
            reviewScore reviewComment selfScoredBy selfScoredAt reviewedBy reviewedAt
            evidenceFiles { id ...FileAttachments_file }
          }
          targetRecord { id version target note }
        }
      }
    }
  }
`);

export const ScoringSheetQuery = graphql(`
  query ScoringSheet($id: ID!) {
    covenant(id: $id) {
      id title year
      bloc { id name }
      ...ScoringGrid_covenant
      ...RankingTable_covenant
    }
  }
`);

// Each save answers with the covenant's recomputed sheet and ranking: one round trip, no refetch.
export const EnterSelfAssessment = graphql(`
  mutation EnterSelfAssessment($input: EnterSelfAssessmentInput!) {
    enterSelfAssessment(input: $input) {
      assessment { id criterion { id covenant { id ...ScoringGrid_covenant ...RankingTable_covenant } } }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CovenantAssessment { version } } }
    }
  }
`);

export const EnterReviewScore = graphql(`
  mutation EnterReviewScore($input: EnterReviewScoreInput!) {
    enterReviewScore(input: $input) {
      assessment { id criterion { id covenant { id ...ScoringGrid_covenant ...RankingTable_covenant } } }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CovenantAssessment { version } } }
    }
  }
`);

export const SetCovenantTarget = graphql(`
  mutation SetCovenantTarget($input: SetCovenantTargetInput!) {
    setCovenantTarget(input: $input) {
      target { id criterion { id covenant { id ...ScoringGrid_covenant ...RankingTable_covenant } } }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CovenantTarget { version } } }
    }
  }
`);
