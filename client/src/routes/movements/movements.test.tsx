import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import {
  DecisionOptionsDocument,
  DeleteMovementDocument,
  MovementCommendationsDocument,
  MovementPageDocument,
  MovementOptionsDocument,
  UnitOptionsDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { DeleteMovementButton } from './DeleteMovementButton';
import { Component as MovementPage } from './MovementPage';
import { MovementFormModal } from './MovementFormModal';
import { formatPeriod, movementsFilter, movementYearsFilter } from './movementsFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];
const anyVariables = () => true;
const empty = (query: unknown, field: string) => ({
  request: { query: query as never, variables: anyVariables },
  result: { data: { [field]: { __typename: 'Connection', nodes: [] } } },
  maxUsageCount: Infinity,
});
const pickers = [empty(DecisionOptionsDocument, 'decisions'), empty(MovementOptionsDocument, 'movements'), empty(UnitOptionsDocument, 'units')];

describe('movement list filter', () => {
  it('keeps movements that run at some time in the chosen years', () => {
    expect(movementYearsFilter(2021, 2023)).toEqual([
      { startYear: { lte: 2023 } },
      { or: [{ endYear: { gte: 2021 } }, { endYear: { isNull: true }, startYear: { isNull: false } }] },
    ]);
    expect(movementYearsFilter(undefined, undefined)).toEqual([]);
  });

  it('reads kind, scope and status from the URL and ignores unknown values', () => {
    expect(movementsFilter(params({ kind: 'THEMATIC', scope: 'NATIONAL', status: 'OPEN', to: '2025' }))).toEqual({
      kind: { eq: 'THEMATIC' },
      scope: { eq: 'NATIONAL' },
      status: { eq: 'OPEN' },
      and: [{ startYear: { lte: 2025 } }],
    });
    expect(movementsFilter(params({ kind: 'WEEKLY', from: 'x' }))).toEqual({});
  });

  it('writes periods the Vietnamese way', () => {
    expect(formatPeriod(2021, 2025, 'vi')).toBe('2021–2025');
    expect(formatPeriod(2021, 2021, 'vi')).toBe('2021');
    expect(formatPeriod(2021, null, 'vi')).toBe('từ 2021');
    expect(formatPeriod(null, null, 'vi')).toBe('');
  });
});

describe('movement form', () => {
  it('refuses an end year before the start year and an empty goal, keeping the other goals', async () => {
    renderWithProviders(<MovementFormModal open onClose={() => {}} />, { mocks: pickers });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('movement-name'), { target: { value: 'Chuyển đổi số' } });
    fireEvent.change(within(dialog).getByTestId('movement-start-year'), { target: { value: '2025' } });
    fireEvent.change(within(dialog).getByTestId('movement-end-year'), { target: { value: '2021' } });
    fireEvent.click(within(dialog).getByTestId('movement-add-goal'));
    fireEvent.click(within(dialog).getByTestId('movement-add-goal'));
    fireEvent.change(await within(dialog).findByTestId('movement-goal-0'), { target: { value: 'Hoàn thành 100% chỉ tiêu' } });
    fireEvent.click(screen.getByTestId('movement-submit'));
    await waitFor(() => expect(within(dialog).getByText('Năm kết thúc không được trước năm bắt đầu.')).toBeTruthy());
    expect(within(dialog).getByText('Mục tiêu không được để trống.')).toBeTruthy();
    expect((within(dialog).getByTestId('movement-goal-0') as HTMLTextAreaElement).value).toBe('Hoàn thành 100% chỉ tiêu');
  });
});

describe('deleting a movement', () => {
  it('says what stays linked, sends the version shown, tells why it cannot (IN_USE) and stays', async () => {
    const sent: unknown[] = [];
    const mocks = [
      {
        request: { query: DeleteMovementDocument, variables: (v: unknown) => (sent.push(v), true) },
        result: {
          data: {
            deleteMovement: {
              __typename: 'DeleteMovementPayload',
              deletedId: null,
              conflict: null,
              userErrors: [{ __typename: 'UserError', field: [], code: 'IN_USE', message: 'Phong trào còn được khen thưởng tham chiếu.' }],
            },
          },
        },
      },
    ] as never[];
    const page = (
      <Routes>
        <Route path="/movements/:id" element={<DeleteMovementButton movement={{ id: 'TW92OjE=', version: 7 }} />} />
        <Route path="/movements" element={<div>Danh sách phong trào</div>} />
      </Routes>
    );
    renderWithProviders(page, { mocks, route: '/movements/TW92OjE=' });
    fireEvent.click(screen.getByTestId('delete-movement'));
    expect(await screen.findByText(/chỉ bỏ liên kết/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('delete-movement-confirm'));
    expect(await screen.findByText('Phong trào còn được khen thưởng tham chiếu.')).toBeTruthy();
    expect(sent).toEqual([{ id: 'TW92OjE=', expectedVersion: 7 }]);
    expect(screen.queryByText('Danh sách phong trào')).toBeNull();
  });
});

describe('movement page actions', () => {
  const movement = {
    __typename: 'Movement',
    id: 'TW92OjE=',
    name: 'Chuyển đổi số',
    version: 2,
    slogan: null,
    kind: 'REGULAR',
    scope: 'PROVINCE',
    status: 'LAUNCHED',
    allowedTransitions: [],
    startYear: 2022,
    endYear: null,
    description: null,
    launchedBy: null,
    launchDocument: null,
    launchedOn: null,
    goals: [],
    launchDecision: null,
    organizerUnit: null,
    parent: null,
    children: [],
    criteria: [],
  };
  const empty = {
    __typename: 'CommendationConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    nodes: [],
  };
  const mocks = [
    { request: { query: MovementPageDocument, variables: { id: movement.id } }, result: { data: { movement } }, maxUsageCount: Infinity },
    { request: { query: MovementCommendationsDocument, variables: anyVariables }, result: { data: { commendations: empty } }, maxUsageCount: Infinity },
  ] as never[];

  it('gives the Board edit and delete', async () => {
    renderWithProviders(<MovementPage />, { mocks, route: `/movements/${movement.id}`, path: '/movements/:id', viewer: viewerOf('BOARD_OFFICER') });
    expect(await screen.findByTestId('delete-movement')).toBeTruthy();
    expect(screen.getByTestId('edit-movement')).toBeTruthy();
  });

  it('shows a bloc officer neither edit nor delete', async () => {
    renderWithProviders(<MovementPage />, {
      mocks,
      route: `/movements/${movement.id}`,
      path: '/movements/:id',
      viewer: viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } }),
    });
    await screen.findAllByText('Chuyển đổi số');
    expect(screen.queryByTestId('delete-movement')).toBeNull();
    expect(screen.queryByTestId('edit-movement')).toBeNull();
  });
});
