import type { Language } from '../i18n/language';
import { formatDateTime } from '../lib/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "5 phút trước" for the past week; null for anything older or in the future (the date says it). */
export function relativeTime(iso: string, now: number, language: Language): string | null {
  const ago = now - new Date(iso).getTime();
  if (!Number.isFinite(ago) || ago < -MINUTE || ago >= 7 * DAY) return null;
  const vi = language === 'vi';
  if (ago < MINUTE) return vi ? 'vừa xong' : 'just now';
  if (ago < HOUR) return vi ? `${Math.floor(ago / MINUTE)} phút trước` : `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return vi ? `${Math.floor(ago / HOUR)} giờ trước` : `${Math.floor(ago / HOUR)} h ago`;
  return vi ? `${Math.floor(ago / DAY)} ngày trước` : `${Math.floor(ago / DAY)} days ago`;
}

/** When a comment was written: "5 phút trước (20/03/2024 14:05)", or the date alone once older than a week. */
export function commentTime(iso: string, now: number, language: Language): string {
  const relative = relativeTime(iso, now, language);
  return relative ? `${relative} (${formatDateTime(iso)})` : formatDateTime(iso);
}
