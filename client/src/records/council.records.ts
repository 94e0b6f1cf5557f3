import { CouncilMemberRole, CouncilStatus, CouncilThresholdBase, type Label } from '@thidua/shared';
import type { Language } from '../i18n/language';
import type { RecordTypeEntry } from './registry';

const l = (vi: string, en: string): Label => ({ vi, en });

interface StoredMember {
  name?: string;
  position?: string | null;
  role?: string;
  present?: boolean;
}
interface StoredCount {
  agree?: number | null;
  disagree?: number | null;
}

/** "Nguyễn Văn An – Phó Chủ tịch UBND thành phố (Chủ tịch Hội đồng, có mặt); …" */
function membersText(value: unknown, language: Language): string | undefined {
  if (!Array.isArray(value)) return undefined;
  if (!value.length) return '—';
  return (value as StoredMember[])
    .map((m) => {
      const role = CouncilMemberRole.labels[m.role as keyof typeof CouncilMemberRole.labels]?.[language] ?? m.role;
      const present = m.present ? (language === 'vi' ? 'có mặt' : 'present') : language === 'vi' ? 'vắng mặt' : 'absent';
      return `${m.name}${m.position ? ` – ${m.position}` : ''} (${role}, ${present})`;
    })
    .join('; ');
}

/** The counts line by line, in the agenda's order: "Đối tượng 1: 4 đồng ý, 0 không đồng ý; Đối tượng 2: chưa ghi phiếu". */
function agendaText(value: unknown, language: Language): string | undefined {
  if (!Array.isArray(value)) return undefined;
  if (!value.length) return '—';
  const vi = language === 'vi';
  return (value as StoredCount[])
    .map((c, i) => {
      const counted = c.agree != null && c.disagree != null;
      const counts = counted
        ? vi
          ? `${c.agree} đồng ý, ${c.disagree} không đồng ý`
          : `${c.agree} agree, ${c.disagree} disagree`
        : vi
          ? 'chưa ghi phiếu'
          : 'not counted';
      return `${vi ? 'Đối tượng' : 'Nominee'} ${i + 1}: ${counts}`;
    })
    .join('; ');
}

/** The minutes by their conclusion (the whole document is on the minutes page). */
const minutesText = (value: unknown) => (typeof value === 'object' && value && 'conclusion' in value ? String(value.conclusion) : undefined);

/** The council's sessions (page /council; the minutes at /council/<id>/minutes). */
export const COUNCIL_RECORDS = {
  CouncilSession: {
    name: (record) => record.title,
    label: l('Phiên họp Hội đồng Thi đua – Khen thưởng', 'Council session'),
    plural: l('Phiên họp Hội đồng Thi đua – Khen thưởng', 'Council sessions'),
    logged: true,
    page: '/council',
    listFields: ['councilSessions'],
    historyFields: {
      title: l('Tiêu đề', 'Title'),
      year: l('Năm xét khen thưởng', 'Year'),
      status: l('Trạng thái', 'Status'),
      meetingDate: l('Ngày họp', 'Meeting date'),
      venue: l('Địa điểm', 'Venue'),
      secret: l('Bỏ phiếu kín', 'Secret ballot'),
      quorumPercent: l('Số thành viên có mặt tối thiểu (%)', 'Quorum (%)'),
      thresholdPercent: l('Tỷ lệ đồng ý cần đạt (%)', 'Threshold (%)'),
      thresholdBase: l('Tỷ lệ tính trên', 'Threshold base'),
      members: l('Thành viên Hội đồng', 'Members'),
      agenda: l('Danh sách biểu quyết, số phiếu', 'Agenda and counts'),
      minutes: l('Biên bản họp', 'Minutes'),
    },
    vocabularies: { status: CouncilStatus, thresholdBase: CouncilThresholdBase },
    formats: { members: membersText, agenda: agendaText, minutes: minutesText },
  },
} satisfies Record<string, RecordTypeEntry>;
