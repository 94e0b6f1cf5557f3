import { CouncilResult, DossierKind, DossierLevel, DossierStatus, SubjectKind, type Label } from '@thidua/shared';
import type { RecordTypeEntry } from './registry';

const l = (vi: string, en: string): Label => ({ vi, en });

/** Nomination dossiers (page /dossiers) and their lines (shown on their dossier). */
export const DOSSIER_RECORDS = {
  Dossier: {
    label: l('Hồ sơ đề nghị khen thưởng', 'Nomination dossier'),
    plural: l('Hồ sơ đề nghị khen thưởng', 'Nomination dossiers'),
    logged: true,
    page: '/dossiers',
    listFields: ['dossiers', 'dossierInbox'],
    historyFields: {
      code: l('Mã hồ sơ', 'Code'),
      kind: l('Loại hồ sơ', 'Kind'),
      year: l('Năm', 'Year'),
      title: l('Trích yếu', 'Title'),
      content: l('Nội dung', 'Content'),
      originLevel: l('Cấp lập hồ sơ', 'Origin level'),
      proposingUnitId: l('Đơn vị đề nghị', 'Proposing unit'),
      blocId: l('Khối thi đua', 'Bloc'),
      movementId: l('Phong trào', 'Movement'),
      covenantId: l('Giao ước', 'Covenant'),
      proposalNumber: l('Số tờ trình', 'Proposal number'),
      proposalDate: l('Ngày tờ trình', 'Proposal date'),
      proposalSigner: l('Người ký tờ trình', 'Signer'),
      status: l('Trạng thái', 'Status'),
      currentLevel: l('Cấp đang giữ', 'Current level'),
      receiverLevel: l('Cấp nhận', 'Receiver level'),
      receiverUnitId: l('Cơ quan nhận', 'Receiver unit'),
      holderUnitId: l('Đơn vị đang giữ', 'Holder unit'),
      specialistId: l('Chuyên viên', 'Specialist'),
      dueOn: l('Hạn xử lý', 'Due on'),
      mergedIntoId: l('Tổng hợp vào hồ sơ', 'Merged into'),
    },
    vocabularies: { kind: DossierKind, status: DossierStatus, currentLevel: DossierLevel, originLevel: DossierLevel, receiverLevel: DossierLevel },
  },
  DossierLine: {
    label: l('Dòng đề nghị khen thưởng', 'Dossier line'),
    plural: l('Danh sách đề nghị', 'Dossier lines'),
    logged: true,
    historyFields: {
      dossierId: l('Hồ sơ', 'Dossier'),
      subjectKind: l('Loại đối tượng', 'Subject kind'),
      unitId: l('Tập thể', 'Collective'),
      personId: l('Cá nhân', 'Person'),
      householdId: l('Hộ gia đình', 'Household'),
      awardTypeId: l('Hình thức đề nghị', 'Proposed award'),
      achievement: l('Tóm tắt thành tích', 'Achievement'),
      position: l('Số thứ tự', 'Order'),
      included: l('Đưa vào danh sách', 'Included'),
      councilResult: l('Kết quả biểu quyết của Hội đồng', 'Council result'),
      councilSessionId: l('Phiên họp Hội đồng', 'Council session'),
    },
    vocabularies: { subjectKind: SubjectKind, councilResult: CouncilResult },
  },
} satisfies Record<string, RecordTypeEntry>;
