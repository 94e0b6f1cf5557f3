import type { EntityManager } from 'typeorm';
import { findVisible, findVisibleByGlobalId } from '../../../core/auth/scope.js';
import { NotFoundError } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/graphql/global-id.js';
import type { Actor } from '../../../core/actor.js';
import { Decision } from '../../decision/entities.js';
import { Dossier } from '../../dossier/entities.js';
import { Unit } from '../../unit/entities.js';
import { DOCUMENT_ERRORS, DocumentError } from '../document.errors.js';
import type { DocumentData } from '../document.model.js';
import type { DocumentKindSpec } from './kind.js';
import { decisionSubjects, dossierSubjects, longDate, placeOf, subjectLists, upper } from './subjects.js';

/** The decision and, on a new page, its list (WORKFLOW.md §4). */
const TEMPLATE = `*{issuerUpper}* || *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
 || *Độc lập - Tự do - Hạnh phúc*
Số: {number} || _{place}, {date}_

# QUYẾT ĐỊNH
^ *{subject}*

^ *{signerTitleUpper}*

Căn cứ Luật Thi đua, khen thưởng năm 2022;
Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;
Xét đề nghị của {proposingUnit} tại Tờ trình số {proposalNumber} {proposalDate},

^ *QUYẾT ĐỊNH:*

*Điều 1.* Tặng {awards} cho {collectiveCount} tập thể, {individualCount} cá nhân và {householdCount} hộ gia đình (có danh sách kèm theo) đã có thành tích xuất sắc năm {year}.
*Điều 2.* Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

< _Nơi nhận:_ || *{signerTitleUpper}*
< - Như Điều 1; ||
< - Lưu: VT. ||


 || *{signer}*
---
^ *DANH SÁCH*
^ *Tập thể, cá nhân, hộ gia đình được khen thưởng*
^ _(Kèm theo Quyết định số {number} {date} của {issuer})_

?individuals *I. Cá nhân*
[[individuals | Họ và tên: {name} | Chức vụ: {position} | Cơ quan, đơn vị: {unit} | Hình thức: {award}]]
?collectives *II. Tập thể*
[[collectives | Tên tập thể: {name} | Cơ quan cấp trên: {unit} | Hình thức: {award}]]
?households *III. Hộ gia đình*
[[households | Tên hộ: {name} | Địa chỉ: {address} | Hình thức: {award}]]`;

async function fromDecision(em: EntityManager, decision: Decision, dossier: Dossier | null): Promise<DocumentData> {
  const { lists, values } = subjectLists(await decisionSubjects(em, decision.id));
  const proposing = dossier?.proposingUnitId ? await em.getRepository(Unit).findOneBy({ id: dossier.proposingUnitId }) : null;
  return {
    fileName: `Quyết định ${decision.number ?? decision.subject}`.slice(0, 120),
    lists,
    values: {
      ...values,
      issuer: decision.issuer,
      issuerUpper: upper(decision.issuer),
      number: decision.number,
      date: longDate(decision.issuedOn),
      place: placeOf(decision.issuer),
      year: dossier ? String(dossier.year) : decision.issuedOn?.slice(0, 4),
      subject: decision.subject,
      signer: decision.signer,
      signerTitle: decision.signerTitle,
      signerTitleUpper: upper(decision.signerTitle),
      proposingUnit: proposing?.name,
      proposalNumber: dossier?.proposalNumber,
      proposalDate: dossier?.proposalDate ? longDate(dossier.proposalDate) : null,
    },
  };
}

/** A draft from a dossier awaiting decision: what approving it would award; number, date and signer left to fill in. */
async function draftOf(em: EntityManager, dossier: Dossier): Promise<DocumentData> {
  const { lists, values } = subjectLists(await dossierSubjects(em, dossier.id, true));
  const proposing = dossier.proposingUnitId ? await em.getRepository(Unit).findOneBy({ id: dossier.proposingUnitId }) : null;
  return {
    fileName: `Dự thảo quyết định ${dossier.code}`,
    lists,
    values: {
      ...values,
      year: String(dossier.year),
      subject: `Về việc khen thưởng ${values.awards ? `(${values.awards}) ` : ''}năm ${dossier.year}`,
      proposingUnit: proposing?.name,
      proposalNumber: dossier.proposalNumber,
      proposalDate: dossier.proposalDate ? longDate(dossier.proposalDate) : null,
      date: longDate(null),
    },
  };
}

async function load(em: EntityManager, actor: Actor, recordId: string): Promise<DocumentData> {
  const type = fromGlobalId(recordId)?.type;
  if (type === 'Decision') {
    const decision = await findVisibleByGlobalId(em, actor, Decision, recordId);
    return fromDecision(em, decision, await em.getRepository(Dossier).findOneBy({ decisionId: decision.id }));
  }
  if (type !== 'Dossier') throw new NotFoundError('Decision');
  const dossier = await findVisibleByGlobalId(em, actor, Dossier, recordId);
  if (dossier.decisionId) {
    const decision = await findVisible(em, actor, Decision, dossier.decisionId);
    if (decision) return fromDecision(em, decision, dossier);
  }
  if (dossier.status !== 'AWAITING_DECISION') throw new DocumentError(409, DOCUMENT_ERRORS.NO_DECISION);
  return draftOf(em, dossier);
}

export const decisionDocument: DocumentKindSpec = { kind: 'DECISION', defaultTemplate: TEMPLATE, load };
