import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SignaturesPanel_CovenantFragment, SignCovenantMutation, UnsignCovenantMutation } from '../../gql/graphql';
import { withSignature, withoutSignature, type PanelUnit, type Signer } from './signatures';

const SignCovenant = graphql(`
  mutation SignCovenant($input: SignCovenantInput!) {
    signCovenant(input: $input) {
      signature { id covenant { id ...SignaturesPanel_covenant } }
      userErrors { field message code }
    }
  }
`);

/**
 * Records a unit's signature. The unit moves to "signed" at once (optimistic); the answer
 * carries the covenant's counts and lists, which replace the guess (or roll it back on error).
 */
export function useSignCovenant() {
  const [mutate, state] = useMutation(SignCovenant);
  const sign = useCallback(
    (covenant: SignaturesPanel_CovenantFragment, unit: PanelUnit, signer: Signer) => {
      const next = withSignature(covenant, unit, signer);
      return mutate({
        variables: { input: { covenantId: covenant.id, unitId: unit.id, ...signer } },
        optimisticResponse: {
          signCovenant: {
            __typename: 'SignCovenantPayload',
            signature: {
              __typename: 'CovenantSignature',
              id: next.signatures.find((s) => s.unit.id === unit.id)!.id,
              covenant: { ...next, __typename: 'Covenant' },
            },
            userErrors: [],
          },
        } as unknown as SignCovenantMutation,
      });
    },
    [mutate],
  );
  return [sign, state] as const;
}

const UnsignCovenant = graphql(`
  mutation UnsignCovenant($input: UnsignCovenantInput!) {
    unsignCovenant(input: $input) {
      covenant { id ...SignaturesPanel_covenant }
      userErrors { field message code }
    }
  }
`);

/** Undoes a unit's signature; the unit goes back to "not signed" at once. */
export function useUnsignCovenant() {
  const [mutate, state] = useMutation(UnsignCovenant);
  const unsign = useCallback(
    (covenant: SignaturesPanel_CovenantFragment, unitId: string) =>
      mutate({
        variables: { input: { covenantId: covenant.id, unitId } },
        optimisticResponse: {
          unsignCovenant: { __typename: 'CovenantPayload', covenant: { ...withoutSignature(covenant, unitId), __typename: 'Covenant' }, userErrors: [] },
        } as unknown as UnsignCovenantMutation,
      }),
    [mutate],
  );
  return [unsign, state] as const;
}
