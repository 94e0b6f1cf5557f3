import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { evictDeleted } from '../../lib/evictDeleted';
import { evictHistory } from '../../lib/historyCache';

/* One hook per mutation; the session list refetches through the record registry (listFields). */

const CreateCouncilSession = graphql(`
  mutation CreateCouncilSession($input: CreateCouncilSessionInput!) {
    createCouncilSession(input: $input) {
      session { id }
      userErrors { field message code }
    }
  }
`);
export const useCreateCouncilSession = () => useMutation(CreateCouncilSession);

const UpdateCouncilSession = graphql(`
  mutation UpdateCouncilSession($input: UpdateCouncilSessionInput!) {
    updateCouncilSession(input: $input) {
      session { id ...CouncilSessionPage_session }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CouncilSession { ...CouncilSessionPage_session } } }
    }
  }
`);
export const useUpdateCouncilSession = () =>
  useMutation(UpdateCouncilSession, { update: (cache, { data }) => evictHistory(cache, 'CouncilSession', data?.updateCouncilSession.session?.id) });

const RecordCouncilVotes = graphql(`
  mutation RecordCouncilVotes($input: RecordCouncilVotesInput!) {
    recordCouncilVotes(input: $input) {
      session { id ...CouncilSessionPage_session }
      userErrors { field message code }
      conflict { ...MergeDialog_conflict current { id ... on CouncilSession { ...CouncilSessionPage_session } } }
    }
  }
`);
export const useRecordCouncilVotes = () =>
  useMutation(RecordCouncilVotes, { update: (cache, { data }) => evictHistory(cache, 'CouncilSession', data?.recordCouncilVotes.session?.id) });

// Closing writes each line's result (DossierLine.councilResult, in the agenda's lines) and the minutes.
const TransitionCouncilSession = graphql(`
  mutation TransitionCouncilSession($input: TransitionCouncilSessionInput!) {
    transitionCouncilSession(input: $input) {
      session { id ...CouncilSessionPage_session }
      userErrors { field message code }
      conflict { currentVersion current { id ... on CouncilSession { ...CouncilSessionPage_session } } }
    }
  }
`);
export const useTransitionCouncilSession = () =>
  useMutation(TransitionCouncilSession, {
    update: (cache, { data }) => evictHistory(cache, 'CouncilSession', data?.transitionCouncilSession.session?.id),
  });

const DeleteCouncilSession = graphql(`
  mutation DeleteCouncilSession($id: ID!, $expectedVersion: Int) {
    deleteCouncilSession(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      userErrors { field message code }
      conflict { ...MergeDialog_conflict }
    }
  }
`);
export const useDeleteCouncilSession = () =>
  useMutation(DeleteCouncilSession, { update: (cache, { data }) => evictDeleted(cache, 'CouncilSession', data?.deleteCouncilSession.deletedId) });
