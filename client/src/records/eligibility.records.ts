import { DisciplineForm, InitiativeLevel, PerformanceRatingLevel, RuleMark, SubjectKind, type Label } from '@thidua/shared';
import type { RecordTypeEntry } from './registry';

const l = (vi: string, en: string): Label => ({ vi, en });
const subject = l('Đối tượng', 'Subject');

/** The eligibility engine's record types: versioned rules and the facts they read. */
export const ELIGIBILITY_RECORDS = {
  EligibilityRule: {
    label: l('Quy tắc xét khen thưởng', 'Eligibility rule'),
    plural: l('Quy tắc xét khen thưởng', 'Eligibility rules'),
    logged: true,
    listFields: ['eligibilityRules'],
    historyFields: {
      code: l('Mã quy tắc', 'Code'),
      revision: l('Lần ban hành', 'Revision'),
      titleVi: l('Nội dung', 'Title'),
      awardTypeCodes: l('Hình thức áp dụng', 'Award types'),
      subjectKinds: l('Đối tượng', 'Subject kinds'),
      condition: l('Điều kiện', 'Condition'),
      facts: l('Dữ kiện', 'Facts'),
      sourceDocument: l('Văn bản nguồn', 'Source document'),
      article: l('Điều, khoản', 'Article'),
      effectiveFrom: l('Hiệu lực từ', 'Effective from'),
      effectiveTo: l('Hiệu lực đến', 'Effective to'),
      jurisdiction: l('Phạm vi', 'Jurisdiction'),
      mark: l('Mức kiểm chứng', 'Mark'),
    },
    vocabularies: { subjectKinds: SubjectKind, mark: RuleMark },
  },
  PerformanceRating: {
    label: l('Xếp loại hằng năm', 'Performance rating'),
    plural: l('Xếp loại hằng năm', 'Performance ratings'),
    logged: true,
    listFields: ['performanceRatings'],
    historyFields: { unitId: subject, personId: subject, year: l('Năm', 'Year'), rating: l('Mức xếp loại', 'Rating') },
    vocabularies: { rating: PerformanceRatingLevel },
  },
  DisciplineRecord: {
    label: l('Kỷ luật', 'Discipline record'),
    plural: l('Kỷ luật', 'Discipline records'),
    logged: true,
    listFields: ['disciplineRecords'],
    historyFields: {
      unitId: subject,
      personId: subject,
      year: l('Năm', 'Year'),
      form: l('Hình thức', 'Form'),
      reason: l('Lý do', 'Reason'),
      decidedOn: l('Ngày quyết định', 'Decided on'),
    },
    vocabularies: { form: DisciplineForm },
  },
  Initiative: {
    label: l('Sáng kiến', 'Initiative'),
    plural: l('Sáng kiến', 'Initiatives'),
    logged: true,
    listFields: ['initiatives'],
    historyFields: {
      unitId: l('Tác giả', 'Author'),
      personId: l('Tác giả', 'Author'),
      title: l('Tên sáng kiến', 'Title'),
      level: l('Cấp công nhận', 'Level'),
      recognizedYear: l('Năm công nhận', 'Recognized in'),
      recognizedBy: l('Đơn vị công nhận', 'Recognized by'),
      usedForId: l('Dùng cho khen thưởng', 'Used for'),
    },
    vocabularies: { level: InitiativeLevel },
  },
} satisfies Record<string, RecordTypeEntry>;
