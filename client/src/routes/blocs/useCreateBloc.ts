import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const CreateBloc = graphql(`
  mutation CreateBloc($input: CreateBlocInput!) {
    createBloc(input: $input) {
      bloc { id name code kind level area }
      userErrors { field message code recordId }
    }
  }
`);

/** Creates a bloc or cluster; bloc lists and the bloc picker's searches are refetched. */
export function useCreateBloc() {
  return useMutation(CreateBloc, { refetchQueries: ['BlocsPage', 'BlocOptions'] });
}
