import { CouncilMemberRole, CouncilResult, CouncilThresholdBase } from '@thidua/shared';
import { findVisibleByGlobalId } from '../../../core/auth/scope.js';
import { CouncilSession } from '../../council/entities.js';
import { DOCUMENT_ERRORS, DocumentError } from '../document.errors.js';
import type { DocumentKindSpec } from './kind.js';
import { longDate } from './subjects.js';

/** The minutes of the Emulation and Commendation Council's session, from the snapshot written at close (council-minutes.ts). */
const TEMPLATE = `*HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG* || *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
 || *Độc lập - Tự do - Hạnh phúc*

# BIÊN BẢN HỌP HỘI ĐỒNG
^ *{title}*

Thời gian: {date}. Địa điểm: {venue}. Hình thức biểu quyết: {method}.
Thành viên Hội đồng: {memberCount}; có mặt: {present} (tối thiểu {quorumPercent}%). Đối tượng đạt khi có từ {thresholdPercent}% phiếu đồng ý ({thresholdBase}).
*I. Thành viên*
[[members | Họ tên: {name} | Chức vụ: {position} | Vai trò: {role} | Có mặt: {presence}]]
*II. Kết quả biểu quyết*
[[lines | Hồ sơ: {code} | Đối tượng: {name} | Hình thức: {award} | Đồng ý: {agree} | Không đồng ý: {disagree} | Tỷ lệ (%): {percent} | Kết quả: {result}]]
*III. Kết luận*
{conclusion}

*THƯ KÝ HỘI ĐỒNG* || *CHỦ TỊCH HỘI ĐỒNG*


*{secretary}* || *{chair}*`;

export const councilMinutes: DocumentKindSpec = {
  kind: 'COUNCIL_MINUTES',
  defaultTemplate: TEMPLATE,
  async load(em, actor, recordId) {
    const session = await findVisibleByGlobalId(em, actor, CouncilSession, recordId);
    const m = session.minutes;
    if (!m) throw new DocumentError(409, DOCUMENT_ERRORS.COUNCIL_NOT_CLOSED);
    const withRole = (role: string) => m.members.find((x) => x.role === role)?.name;
    return {
      fileName: `Biên bản họp Hội đồng ${m.year}`,
      values: {
        title: m.title,
        year: String(m.year),
        date: longDate(m.meetingDate),
        venue: m.venue,
        method: m.secret ? 'bỏ phiếu kín' : 'biểu quyết công khai',
        memberCount: String(m.memberCount),
        present: String(m.present),
        quorumPercent: String(m.quorumPercent),
        thresholdPercent: String(m.thresholdPercent),
        thresholdBase: CouncilThresholdBase.labels[m.thresholdBase].vi.toLocaleLowerCase('vi-VN'),
        chair: withRole('CHAIR'),
        secretary: withRole('SECRETARY'),
        conclusion: m.conclusion,
      },
      lists: {
        members: m.members.map((x) => ({
          name: x.name,
          position: x.position,
          role: CouncilMemberRole.labels[x.role].vi,
          presence: x.present ? 'Có mặt' : 'Vắng',
        })),
        lines: m.lines.map((l) => ({
          code: l.dossierCode,
          name: l.subjectName,
          award: l.awardName,
          agree: String(l.agree),
          disagree: String(l.disagree),
          percent: String(l.percent).replace('.', ','),
          result: CouncilResult.labels[l.result].vi,
        })),
      },
    };
  },
};
