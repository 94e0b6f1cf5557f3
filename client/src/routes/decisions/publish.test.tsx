import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { PublishDecisionDocument } from '../../gql/graphql';
import { PublishDecisionButton } from './PublishDecisionButton';

describe('publishing a decision', () => {
  it('sends the version shown and says it is published', async () => {
    let sent: unknown;
    const published = { __typename: 'Decision', id: 'RGVjOjE', version: 6, publishedOn: '2024-01-20', publishedBy: 'Cán bộ Ban' };
    const mocks = [
      {
        request: { query: PublishDecisionDocument, variables: (v: unknown) => ((sent = v), true) },
        result: { data: { publishDecision: { __typename: 'DecisionPayload', decision: published, userErrors: [], conflict: null } } },
      },
    ];
    const ref = { __typename: 'Decision', id: 'RGVjOjE', version: 5, publishedOn: null, publishedBy: null } as never;
    renderWithProviders(<PublishDecisionButton decision={ref} />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    fireEvent.click(await screen.findByTestId('publish-decision'));
    fireEvent.click(await screen.findByRole('button', { name: /OK|Đồng ý|Có/ }));
    await waitFor(() => expect(sent).toEqual({ input: { id: 'RGVjOjE', expectedVersion: 5 } }));
    expect(await screen.findByText('Đã công bố trên trang tra cứu.')).toBeTruthy();
  });
});
