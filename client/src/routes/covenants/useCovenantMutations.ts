import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreateCovenant = graphql(`
  mutation CreateCovenant($input: CreateCovenantInput!) {
    createCovenant(input: $input) {
      covenant { id year title status signedCount memberCount bloc { id } }
      userErrors { field message code }
    }
  }
`);

/** Creates a bloc's covenant for a year; the bloc page lists it after a refetch. */
export function useCreateCovenant() {
  return useMutation(CreateCovenant, { refetchQueries: ['BlocPage'] });
}

const UpdateCovenant = graphql(`
  mutation UpdateCovenant($input: UpdateCovenantInput!) {
    updateCovenant(input: $input) {
      covenant { id title year status content version }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Covenant { title year status content version } } }
    }
  }
`);

/**
 * Updates title, status, content against the version the user saw; the normalized covenant
 * updates every view showing it (on a conflict: to the covenant as it is now), its history is read again.
 */
export function useUpdateCovenant() {
  return useMutation(UpdateCovenant, { update: (cache, { data }) => evictHistory(cache, 'Covenant', data?.updateCovenant.covenant?.id) });
}

const SetSigningEvent = graphql(`
  mutation SetCovenantSigningEvent($input: SetCovenantSigningEventInput!) {
    setCovenantSigningEvent(input: $input) {
      covenant { id ...SigningEventCard_covenant ...SignaturesPanel_covenant }
      userErrors { field message code }
    }
  }
`);

/** Attaches (or with eventId null, detaches) the signing conference; the answer refreshes both cards (and the history). */
export function useSetSigningEvent() {
  return useMutation(SetSigningEvent, { update: (cache, { data }) => evictHistory(cache, 'Covenant', data?.setCovenantSigningEvent.covenant?.id) });
}

const CreateSigningEvent = graphql(`
  mutation CreateSigningEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event { id title heldOn venue }
      userErrors { field message code }
    }
  }
`);

/** Creates a conference (to be attached as the signing event right after). */
export function useCreateSigningEvent() {
  return useMutation(CreateSigningEvent);
}

const DeleteCovenant = graphql(`
  mutation DeleteCovenant($id: ID!, $expectedVersion: Int) {
    deleteCovenant(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a covenant (with its criteria and signatures) against the version the user saw; the lists that show covenants are read again. */
export function useDeleteCovenant() {
  return useMutation(DeleteCovenant, {
    refetchQueries: ['CovenantsPage', 'BlocPage'],
    update: (cache, { data }) => evictDeleted(cache, 'Covenant', data?.deleteCovenant.deletedId),
  });
}
