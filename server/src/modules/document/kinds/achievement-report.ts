import { DOCUMENT_ERRORS, DocumentError } from '../document.errors.js';
import { findVisibleByGlobalId } from '../../../core/auth/scope.js';
import { Dossier, DossierLine } from '../../dossier/entities.js';
import { AwardType } from '../../award-type/entities.js';
import { Unit } from '../../unit/entities.js';
import type { DocumentKindSpec } from './kind.js';
import { longDate, upper } from './subjects.js';

/** Báo cáo thành tích của tập thể (Form 02, Decree 98/2023 Appendix I): the sections to write, the summary filled in. */
const TEMPLATE = `*{parentUnitUpper}* || *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*
*{unitNameUpper}* || *Độc lập - Tự do - Hạnh phúc*
 || _{place}, {date}_

# BÁO CÁO THÀNH TÍCH
^ *Đề nghị tặng {award}*
^ *của {unitName}, năm {year}*

*I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH*
1. Đặc điểm, tình hình: trụ sở, quá trình thành lập và phát triển, cơ cấu tổ chức, số cán bộ, công chức, viên chức, người lao động.
2. Chức năng, nhiệm vụ được giao.
*II. THÀNH TÍCH ĐẠT ĐƯỢC*
1. Kết quả thực hiện nhiệm vụ được giao: {achievement}
2. Các giải pháp, biện pháp, sáng kiến đã thực hiện.
3. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; phong trào thi đua.
*III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG*
(Hồ sơ {code}.)

*XÁC NHẬN CỦA CẤP TRÌNH KHEN* || *THỦ TRƯỞNG ĐƠN VỊ*
_(Ký, đóng dấu)_ || _(Ký, đóng dấu)_`;

export const achievementReport: DocumentKindSpec = {
  kind: 'ACHIEVEMENT_REPORT',
  defaultTemplate: TEMPLATE,
  async load(em, actor, recordId) {
    const line = await findVisibleByGlobalId(em, actor, DossierLine, recordId);
    if (line.subjectKind !== 'COLLECTIVE' || !line.unitId) throw new DocumentError(409, DOCUMENT_ERRORS.NOT_COLLECTIVE);
    const [dossier, unit, award] = await Promise.all([
      em.getRepository(Dossier).findOneByOrFail({ id: line.dossierId }),
      em.getRepository(Unit).findOneByOrFail({ id: line.unitId }),
      em.getRepository(AwardType).findOneByOrFail({ id: line.awardTypeId }),
    ]);
    const parent = unit.parentId ? await em.getRepository(Unit).findOneBy({ id: unit.parentId }) : null;
    return {
      fileName: `Báo cáo thành tích ${unit.name} ${dossier.year}`,
      lists: {},
      values: {
        unitName: unit.name,
        unitNameUpper: upper(unit.name),
        parentUnit: parent?.name,
        parentUnitUpper: upper(parent?.name),
        place: unit.area,
        date: longDate(dossier.proposalDate),
        year: String(dossier.year),
        award: award.nameVi,
        achievement: line.achievement,
        code: dossier.code,
      },
    };
  },
};
