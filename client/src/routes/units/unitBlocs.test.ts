import { describe, expect, it } from 'vitest';
import { unitBlocYears } from './unitBlocs';

const bloc = { id: 'b', name: 'Khối thi đua Liên hiệp hội' };
const other = { id: 'o', name: 'Cụm thi đua A' };

describe("a unit's blocs year by year", () => {
  it('merges memberships, yearly roles and leading years', () => {
    const rows = unitBlocYears(
      {
        blocMemberships: [{ fromYear: 2022, toYear: null, bloc }],
        blocRoles: [{ year: 2023, role: 'HEAD', bloc }],
        ledBlocs: [{ year: 2022, note: 'Cờ thi đua', bloc }],
      },
      2024,
    );
    expect(rows.map((r) => [r.year, r.roles.join('+'), r.leading])).toEqual([
      [2024, 'MEMBER', false],
      [2023, 'HEAD', false],
      [2022, 'MEMBER', true],
    ]);
    expect(rows.every((r) => r.member)).toBe(true);
  });

  it('shows a closed membership only for its years, and a role outside any membership as recorded', () => {
    const rows = unitBlocYears(
      {
        blocMemberships: [{ fromYear: 2020, toYear: 2021, bloc: other }],
        blocRoles: [{ year: 2019, role: 'DEPUTY', bloc: other }],
        ledBlocs: [],
      },
      2024,
    );
    expect(rows.map((r) => [r.year, r.roles.join('+'), r.member])).toEqual([
      [2021, 'MEMBER', true],
      [2020, 'MEMBER', true],
      [2019, 'DEPUTY', false],
    ]);
  });

  it('lists several blocs of one year by name', () => {
    const rows = unitBlocYears(
      {
        blocMemberships: [
          { fromYear: 2024, toYear: 2024, bloc },
          { fromYear: 2024, toYear: 2024, bloc: other },
        ],
        blocRoles: [],
        ledBlocs: [],
      },
      2024,
    );
    expect(rows.map((r) => r.bloc.name)).toEqual(['Cụm thi đua A', 'Khối thi đua Liên hiệp hội']);
  });
});
