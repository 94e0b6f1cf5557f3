import { describe, expect, it } from 'vitest';
import { commentTime, relativeTime } from './relativeTime';

const now = new Date(2025, 4, 20, 14, 5).getTime();
const before = (ms: number) => new Date(now - ms).toISOString();

describe('comment time', () => {
  it('reads as minutes, hours or days ago for a week, with the date and time', () => {
    expect(relativeTime(before(20_000), now, 'vi')).toBe('vừa xong');
    expect(relativeTime(before(5 * 60_000), now, 'vi')).toBe('5 phút trước');
    expect(relativeTime(before(3 * 3_600_000), now, 'en')).toBe('3 h ago');
    expect(commentTime(before(2 * 86_400_000), now, 'vi')).toBe('2 ngày trước (18/05/2025 14:05)');
  });

  it('is the date and time alone once older than a week', () => {
    expect(commentTime(new Date(2024, 2, 20, 9, 30).toISOString(), now, 'vi')).toBe('20/03/2024 09:30');
  });
});
