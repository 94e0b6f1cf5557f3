import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event { id ...EventFormModal_event }
      userErrors { field message code }
    }
  }
`);

/** Creates a conference; the conference list and the pickers' searches are read again. */
export function useCreateEvent() {
  return useMutation(CreateEvent, { refetchQueries: ['EventsPage', 'EventOptions'] });
}

const UpdateEvent = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event { id ...EventFormModal_event ...EventSummary_event }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on Event { ...EventFormModal_event ...EventSummary_event } } }
    }
  }
`);

/** Updates a conference against the version the form opened; every view of it updates from the answer, its history is read again. */
export function useUpdateEvent() {
  return useMutation(UpdateEvent, { update: (cache, { data }) => evictHistory(cache, 'Event', data?.updateEvent.event?.id) });
}

const DeleteEvent = graphql(`
  mutation DeleteEvent($id: ID!, $expectedVersion: Int) {
    deleteEvent(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);

/** Deletes a conference against the version the user saw; it leaves the cache, the conference list is read again. */
export function useDeleteEvent() {
  return useMutation(DeleteEvent, {
    refetchQueries: ['EventsPage', 'EventOptions'],
    update: (cache, { data }) => evictDeleted(cache, 'Event', data?.deleteEvent.deletedId),
  });
}
