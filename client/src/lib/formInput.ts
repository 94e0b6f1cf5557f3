import dayjs, { type Dayjs } from 'dayjs';

/** Dates travel as ISO `YYYY-MM-DD` (LocalDate); forms hold dayjs values. */
export const toLocalDate = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
export const fromLocalDate = (value: string | null | undefined): Dayjs | undefined => (value ? dayjs(value) : undefined);

type Cleaned<T> = { [K in keyof T]: Exclude<T[K], undefined | ''> | null };

/**
 * Form values as an API input: a cleared field (undefined, empty text) becomes null, so an
 * update really clears it instead of leaving the old value (undefined is not sent at all).
 */
export function toInput<T extends object>(values: T): Cleaned<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = value === undefined || value === '' ? null : value;
  }
  return out as Cleaned<T>;
}
