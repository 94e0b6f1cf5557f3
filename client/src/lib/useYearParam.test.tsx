import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { parseYear, useYearParam } from './useYearParam';

function Probe() {
  const [year, setYear] = useYearParam();
  const { search } = useLocation();
  return (
    <div>
      <span data-testid="year">{year ?? 'none'}</span>
      <span data-testid="search">{search}</span>
      <button onClick={() => setYear(2024)}>2024</button>
      <button onClick={() => setYear(undefined)}>clear</button>
    </div>
  );
}

describe('a year kept in the URL', () => {
  it('reads valid years only', () => {
    expect(parseYear('2022')).toBe(2022);
    expect(parseYear('20x2')).toBeUndefined();
    expect(parseYear('1800')).toBeUndefined();
    expect(parseYear(null)).toBeUndefined();
  });

  it('starts from the URL, writes changes back, and follows the URL when it changes elsewhere', async () => {
    const router = createMemoryRouter([{ path: '/blocs/:id', element: <Probe /> }], { initialEntries: ['/blocs/1?year=2022&tab=a'] });
    render(<RouterProvider router={router} />);
    expect(screen.getByTestId('year').textContent).toBe('2022');
    fireEvent.click(screen.getByText('2024'));
    expect(screen.getByTestId('year').textContent).toBe('2024');
    expect(await screen.findByText('?year=2024&tab=a')).toBeTruthy();
    await act(() => router.navigate('/blocs/1?year=2019'));
    expect(screen.getByTestId('year').textContent).toBe('2019');
    fireEvent.click(screen.getByText('clear'));
    expect(screen.getByTestId('year').textContent).toBe('none');
  });
});
