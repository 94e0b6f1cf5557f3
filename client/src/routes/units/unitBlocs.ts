/**
 * A unit's blocs year by year, merged from its memberships (periods), its yearly roles (head,
 * deputy) and the years it led a bloc. A role or a leading year outside any recorded membership
 * still shows: the history is shown as recorded, not corrected.
 */
export interface BlocRef {
  id: string;
  name: string;
}

export interface UnitBlocYear {
  key: string;
  year: number;
  bloc: BlocRef;
  /** HEAD / DEPUTY when the unit held them that year, else MEMBER. */
  roles: string[];
  leading: boolean;
  leaderNote?: string | null;
  /** The year is inside a recorded membership period. */
  member: boolean;
}

interface Input {
  blocMemberships: readonly { fromYear: number; toYear?: number | null; bloc: BlocRef }[];
  blocRoles: readonly { year: number; role: string; bloc: BlocRef }[];
  ledBlocs: readonly { year: number; note?: string | null; bloc: BlocRef }[];
}

export function unitBlocYears({ blocMemberships, blocRoles, ledBlocs }: Input, currentYear: number): UnitBlocYear[] {
  const rows = new Map<string, UnitBlocYear>();
  const row = (bloc: BlocRef, year: number) => {
    const key = `${bloc.id}:${year}`;
    if (!rows.has(key)) rows.set(key, { key, year, bloc, roles: [], leading: false, member: false });
    return rows.get(key)!;
  };
  for (const m of blocMemberships) {
    const last = m.toYear ?? Math.max(currentYear, m.fromYear);
    for (let year = m.fromYear; year <= last; year++) row(m.bloc, year).member = true;
  }
  for (const r of blocRoles) {
    const target = row(r.bloc, r.year);
    if (!target.roles.includes(r.role)) target.roles.push(r.role);
  }
  for (const l of ledBlocs) Object.assign(row(l.bloc, l.year), { leading: true, leaderNote: l.note ?? null });
  for (const r of rows.values()) {
    r.roles.sort((a, b) => (a === 'HEAD' ? -1 : b === 'HEAD' ? 1 : 0));
    if (!r.roles.length) r.roles.push('MEMBER');
  }
  return [...rows.values()].sort((a, b) => b.year - a.year || a.bloc.name.localeCompare(b.bloc.name, 'vi'));
}
