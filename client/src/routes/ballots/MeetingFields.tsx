import { Form, Input } from 'antd';
import { BALLOT_LIMITS } from '@thidua/shared';
import { useLanguage, useTexts } from '../../i18n/language';
import { rules } from '../../lib/rules';

export const MEETING_TEXTS = {
  meetingDate: { vi: 'Ngày họp', en: 'Meeting date' },
  venue: { vi: 'Địa điểm', en: 'Venue' },
  chair: { vi: 'Chủ trì (họ tên, chức vụ)', en: 'Chair (name, position)' },
  secretary: { vi: 'Thư ký (họ tên, chức vụ)', en: 'Secretary (name, position)' },
  boardGuest: { vi: 'Đại diện Ban Thi đua – Khen thưởng (nếu có)', en: 'Board representative (if any)' },
};

export interface MeetingValues {
  meetingDate?: string | null;
  venue?: string | null;
  chair?: string | null;
  secretary?: string | null;
  boardGuest?: string | null;
}

export const MEETING_FIELDS = ['meetingDate', 'venue', 'chair', 'secretary', 'boardGuest'] as const;

/** The meeting details the minutes print, inside a ballot session form. A native date input keeps date libraries out of this chunk. */
export function MeetingFields() {
  const { language } = useLanguage();
  const text = useTexts(MEETING_TEXTS);
  const r = rules(language);
  return (
    <>
      <Form.Item name="meetingDate" label={text.meetingDate}>
        <Input type="date" data-testid="meeting-date" />
      </Form.Item>
      {(['venue', 'chair', 'secretary', 'boardGuest'] as const).map((field) => (
        <Form.Item key={field} name={field} label={text[field]} rules={[r.max(BALLOT_LIMITS.meetingTextMax)]}>
          <Input data-testid={`meeting-${field}`} />
        </Form.Item>
      ))}
    </>
  );
}
