import dayjs from 'dayjs';

/** Dates as dd/MM/yyyy, numbers in Vietnamese format, whatever the interface language. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('DD/MM/YYYY') : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('DD/MM/YYYY HH:mm') : value;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(value: number | null | undefined): string {
  return value == null ? '' : numberFormat.format(value);
}
