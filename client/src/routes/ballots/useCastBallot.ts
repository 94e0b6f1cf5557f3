import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CastBallot = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      session { id ...BallotTurnout_session participations { id unit { id } } }
      userErrors { field message code }
    }
  }
`);

/** Casts the unit's ballot; the answer carries the session's new turnout and who voted. */
export function useCastBallot() {
  const [mutate, state] = useMutation(CastBallot);
  const cast = useCallback(
    (sessionId: string, unitId: string, agreedCandidateIds: string[]) => mutate({ variables: { input: { sessionId, unitId, agreedCandidateIds } } }),
    [mutate],
  );
  return [cast, state] as const;
}
