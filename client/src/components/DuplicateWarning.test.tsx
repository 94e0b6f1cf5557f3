import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { globalId, recordsMock } from '../test/recordMocks';
import { renderWithProviders } from '../test/renderWithProviders';
import { DuplicateWarning } from './DuplicateWarning';
import { typeOfId } from './ExistingRecordLink';

describe('DuplicateWarning', () => {
  it('reads the type out of a global ID', () => {
    expect(typeOfId(globalId('Commendation', 1))).toBe('Commendation');
    expect(typeOfId('not an id')).toBeNull();
  });

  it('names an existing record that has no page of its own without a link', async () => {
    const household = globalId('Household', 2);
    renderWithProviders(<DuplicateWarning error={{ field: ['name'], code: 'DUPLICATE', message: 'Trùng với hộ gia đình đã có.', recordId: household }} />, {
      mocks: [recordsMock([{ __typename: 'Household', id: household, name: 'Hộ ông Nguyễn Văn An' }])] as never[],
    });
    await waitFor(() => expect(screen.getByTestId('existing-record-name').textContent).toBe('Hộ ông Nguyễn Văn An'));
    expect(screen.queryByTestId('existing-record-link')).toBeNull();
    expect(screen.getByText('Trùng với hộ gia đình đã có.')).toBeTruthy();
  });

  it('shows just the message for an error about no record', () => {
    renderWithProviders(
      <DuplicateWarning error={{ field: ['recipients', '1', 'unitId'], code: 'DUPLICATE', message: 'Đối tượng này đã có ở dòng 1 của danh sách.' }} />,
    );
    expect(screen.getByTestId('duplicate-warning').textContent).toBe('Đối tượng này đã có ở dòng 1 của danh sách.');
  });
});
