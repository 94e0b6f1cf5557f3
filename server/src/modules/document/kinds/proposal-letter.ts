import { In } from 'typeorm';
import { findVisibleByGlobalId } from '../../../core/auth/scope.js';
import { Dossier } from '../../dossier/entities.js';
import { Unit } from '../../unit/entities.js';
import type { DocumentKindSpec } from './kind.js';
import { dossierSubjects, longDate, subjectLists, upper } from './subjects.js';

/** Tờ trình đề nghị khen thưởng, in the shape of Form 01 (Decree 98/2023 Appendix I). */
const TEMPLATE = `*{proposingUnitUpper}* || *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
 || *Độc lập - Tự do - Hạnh phúc*
Số: {number}/TTr || _{place}, {date}_

# TỜ TRÌNH
^ *Về việc đề nghị khen thưởng năm {year}*

^ Kính gửi: {receiver}

Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành;
Căn cứ thành tích đạt được năm {year}, {proposingUnit} đề nghị xét, khen thưởng cho {total} đối tượng ({individualCount} cá nhân, {collectiveCount} tập thể, {householdCount} hộ gia đình) với hình thức: {awards}.
Nội dung: {title}. {content}

?individuals *I. Cá nhân*
[[individuals | Họ và tên: {name} | Chức vụ: {position} | Cơ quan, đơn vị: {unit} | Hình thức đề nghị: {award}]]
?collectives *II. Tập thể*
[[collectives | Tên tập thể: {name} | Cơ quan cấp trên: {unit} | Hình thức đề nghị: {award}]]
?households *III. Hộ gia đình*
[[households | Tên hộ: {name} | Địa chỉ: {address} | Hình thức đề nghị: {award}]]

(Có danh sách và báo cáo thành tích kèm theo; mã hồ sơ {code}.)
Kính đề nghị {receiver} xem xét, quyết định./.

< _Nơi nhận:_ || *THỦ TRƯỞNG ĐƠN VỊ*
< - Như trên; ||
< - Lưu: VT. ||


 || *{signer}*`;

export const proposalLetter: DocumentKindSpec = {
  kind: 'PROPOSAL_LETTER',
  defaultTemplate: TEMPLATE,
  async load(em, actor, recordId) {
    const dossier = await findVisibleByGlobalId(em, actor, Dossier, recordId);
    const unitIds = [dossier.proposingUnitId, dossier.receiverUnitId].filter((id): id is string => !!id);
    const units = new Map((unitIds.length ? await em.getRepository(Unit).findBy({ id: In(unitIds) }) : []).map((u) => [u.id, u]));
    const proposing = dossier.proposingUnitId ? units.get(dossier.proposingUnitId) : undefined;
    const receiver = dossier.receiverUnitId ? units.get(dossier.receiverUnitId)?.name : null;
    const { lists, values } = subjectLists(await dossierSubjects(em, dossier.id));
    return {
      fileName: `Tờ trình ${dossier.code}`,
      lists,
      values: {
        ...values,
        proposingUnit: proposing?.name,
        proposingUnitUpper: upper(proposing?.name),
        receiver: receiver ?? (dossier.receiverLevel === 'BOARD' ? 'Ban Thi đua – Khen thưởng' : null),
        place: proposing?.area,
        date: longDate(dossier.proposalDate),
        year: String(dossier.year),
        number: dossier.proposalNumber,
        title: dossier.title,
        content: dossier.content,
        code: dossier.code,
        signer: dossier.proposalSigner,
      },
    };
  },
};
