import { findVisibleByGlobalId } from '../../../core/auth/scope.js';
import { BallotSession } from '../../ballot/entities.js';
import { DOCUMENT_ERRORS, DocumentError } from '../document.errors.js';
import type { DocumentKindSpec } from './kind.js';
import { longDate, upper } from './subjects.js';

/** The bloc's minutes of review and vote (WORKFLOW.md §1), from the snapshot written at close (ballot-minutes.ts). */
const TEMPLATE = `*{blocNameUpper}* || *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
 || *Độc lập - Tự do - Hạnh phúc*

# BIÊN BẢN
^ *Bình xét, bỏ phiếu thi đua năm {year}*
^ {title}

Thời gian: {date}. Địa điểm: {venue}.
Chủ trì: {chair}. Thư ký: {secretary}. Đại diện Ban Thi đua – Khen thưởng: {boardGuest}.
Giao ước: {covenantTitle}. Hình thức: {method}.
*I. Thành phần tham dự*
[[attendance | Đơn vị: {name} | Bỏ phiếu: {voted} | Phiếu giấy: {paper}]]
*II. Bảng điểm*
[[scores | Hạng: {rank} | Đơn vị: {name} | Tổng điểm: {total} | Tỷ lệ (%): {percent}]]
*III. Kết quả bỏ phiếu*
Số phiếu phát ra: {voters}; số phiếu thu về: {voted} ({turnoutPercent}%). Tỷ lệ bỏ phiếu tối thiểu {quorumPercent}%; ngưỡng đạt {thresholdPercent}%.
[[candidates | Đơn vị: {name} | Số phiếu đồng ý: {votes} | Tỷ lệ (%): {percent} | Kết quả: {passed}]]
*IV. Kết luận*
{result}

*THƯ KÝ* || *CHỦ TRÌ*


*{secretary}* || *{chair}*`;

const number = (n: number | null) => (n === null ? null : String(n).replace('.', ','));

export const ballotMinutes: DocumentKindSpec = {
  kind: 'BALLOT_MINUTES',
  defaultTemplate: TEMPLATE,
  async load(em, actor, recordId) {
    const session = await findVisibleByGlobalId(em, actor, BallotSession, recordId);
    const m = session.minutes;
    if (!m) throw new DocumentError(409, DOCUMENT_ERRORS.BALLOT_NOT_CLOSED);
    return {
      fileName: `Biên bản bỏ phiếu ${m.blocName} ${m.year}`,
      values: {
        blocName: m.blocName,
        blocNameUpper: upper(m.blocName),
        year: String(m.year),
        title: m.title,
        covenantTitle: m.covenantTitle,
        date: longDate(m.meeting.date),
        venue: m.meeting.venue,
        chair: m.meeting.chair,
        secretary: m.meeting.secretary,
        boardGuest: m.meeting.boardGuest,
        method: m.secret ? 'bỏ phiếu kín' : 'biểu quyết công khai',
        voters: String(m.voters),
        voted: String(m.voted),
        turnoutPercent: number(m.turnoutPercent),
        thresholdPercent: String(m.thresholdPercent),
        quorumPercent: String(m.quorumPercent),
        result: m.result,
      },
      lists: {
        attendance: m.attendance.map((a) => ({ name: a.unitName, voted: a.voted ? 'Đã bỏ phiếu' : 'Chưa bỏ phiếu', paper: a.paper ? 'Có' : '' })),
        candidates: m.candidates.map((c) => ({ name: c.unitName, votes: String(c.votes), percent: number(c.percent), passed: c.passed ? 'Đạt' : 'Không đạt' })),
        scores: m.scoreTable.map((r) => ({ rank: String(r.rank), name: r.unitName, total: number(r.total), percent: number(r.percent) })),
      },
    };
  },
};
