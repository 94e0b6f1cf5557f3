import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { peopleFilter } from './peopleFilter';
import { PersonFormModal } from './PersonFormModal';
import { UnitOptionsDocument } from '../../gql/graphql';

/** The unit picker's search, answered with no units. */
const unitOptions = {
  request: { query: UnitOptionsDocument, variables: () => true },
  result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const params = (values: Record<string, string>) => (key: string) => values[key];

describe('people list filter', () => {
  it('reads gender, birth-year range and current unit from the URL', () => {
    expect(peopleFilter(params({ gender: 'FEMALE', bornFrom: '1970', bornTo: '1980', unit: 'VW5pdDox' }))).toEqual({
      gender: { eq: 'FEMALE' },
      birthYear: { gte: 1970, lte: 1980 },
      unitId: { eq: 'VW5pdDox' },
    });
    expect(peopleFilter(params({ gender: 'OTHER', bornFrom: 'abc' }))).toEqual({});
  });
});

describe('person form', () => {
  it('refuses an empty name, a birth year out of range, and a position without a unit, in Vietnamese', async () => {
    renderWithProviders(<PersonFormModal open onClose={() => {}} />, { mocks: [unitOptions] });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('person-birth-year'), { target: { value: '1850' } });
    fireEvent.change(within(dialog).getByTestId('person-position'), { target: { value: 'Chủ tịch Hội' } });
    fireEvent.click(screen.getByTestId('person-submit'));
    const thisYear = new Date().getFullYear();
    await waitFor(() => expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeTruthy());
    expect(within(dialog).getByText(`Năm sinh từ 1900 đến ${thisYear}.`)).toBeTruthy();
    expect(within(dialog).getByText('Cần chọn đơn vị khi nhập chức vụ hoặc ngày bắt đầu.')).toBeTruthy();
    expect((within(dialog).getByTestId('person-position') as HTMLInputElement).value).toBe('Chủ tịch Hội');
  });
});
