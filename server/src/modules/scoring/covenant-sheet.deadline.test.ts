import { describe, expect, it } from 'vitest';
import { vietnamToday } from '../../core/dates.js';
import { isOverdue } from './covenant-sheet.deadline.js';

describe('sheet deadlines', () => {
  it('count days in Vietnam (UTC+7): 17:00 UTC is already the next day', () => {
    expect(vietnamToday(new Date('2025-01-10T16:59:59Z'))).toBe('2025-01-10');
    expect(vietnamToday(new Date('2025-01-10T17:00:00Z'))).toBe('2025-01-11');
  });

  it('make a draft late after the self-assessment due day, a submitted sheet after the review due day, never a reviewed one', () => {
    const due = { selfAssessmentDueOn: '2025-01-10', reviewDueOn: '2025-01-20' };
    expect(isOverdue('DRAFT', due, '2025-01-10')).toBe(false);
    expect(isOverdue('DRAFT', due, '2025-01-11')).toBe(true);
    expect(isOverdue('SUBMITTED', due, '2025-01-11')).toBe(false);
    expect(isOverdue('SUBMITTED', due, '2025-01-21')).toBe(true);
    expect(isOverdue('REVIEWED', due, '2030-01-01')).toBe(false);
    expect(isOverdue('DRAFT', null, '2030-01-01')).toBe(false);
  });
});
