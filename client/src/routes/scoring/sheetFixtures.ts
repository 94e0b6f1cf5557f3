/** A small covenant for the sheet's tests: 1 (parent) → 1.1 quantitative, 1.2 qualitative; 2 per occurrence; two units. */
export const units = { a: { __typename: 'Unit', id: 'u1', name: 'Hội Doanh nhân trẻ' }, b: { __typename: 'Unit', id: 'u2', name: 'Hội Nữ Doanh nhân' } };

const criterion = (id: string, number: string, title: string, kind: string, maxScore: number | null, parent?: string) => ({
  __typename: 'CovenantCriterion',
  id,
  number,
  title,
  kind,
  maxScore,
  minScore: null,
  pointsPerOccurrence: kind === 'PER_OCCURRENCE' ? 1 : null,
  penaltyPoints: null,
  parent: parent ? { __typename: 'CovenantCriterion', id: parent } : null,
});

export const criteria = [
  criterion('c1', '1', 'Phát triển hội viên', 'QUANTITATIVE', null),
  criterion('c11', '1.1', 'Kết nạp hội viên mới', 'QUANTITATIVE', 10, 'c1'),
  criterion('c12', '1.2', 'Sinh hoạt định kỳ', 'QUALITATIVE', 5, 'c1'),
  criterion('c2', '2', 'Hỗ trợ doanh nghiệp', 'PER_OCCURRENCE', 5),
];

export interface Assessment {
  id: string;
  version: number;
  reviewScore?: number | null;
  actualValue?: number | null;
  met?: boolean | null;
  evidence?: string | null;
}

const assessmentOf = (a: Assessment | undefined) =>
  a
    ? {
        __typename: 'CovenantAssessment',
        notAssigned: false,
        actualValue: null,
        met: null,
        occurrences: null,
        bonusCount: null,
        penaltyCount: null,
        evidence: null,
        reviewScore: null,
        reviewComment: null,
        selfScoredBy: null,
        selfScoredAt: null,
        reviewedBy: null,
        reviewedAt: null,
        evidenceFiles: [],
        ...a,
      }
    : null;

const score = (criterionId: string, maxScore: number, selfScore: number, a?: Assessment) => ({
  __typename: 'CriterionScore',
  leaf: criterionId !== 'c1',
  notAssigned: false,
  maxScore,
  assignedMaxScore: maxScore,
  target: null,
  selfScore,
  reviewScore: a?.reviewScore ?? null,
  finalScore: a?.reviewScore ?? selfScore,
  criterion: { __typename: 'CovenantCriterion', id: criterionId },
  assessment: assessmentOf(a),
  targetRecord: null,
});

const sheetOf = (id: string, unit: typeof units.a, status: string) => ({
  __typename: 'CovenantSheet',
  id,
  version: 1,
  status,
  overdue: false,
  unit,
  reviewerUnit: null,
  submittedBy: status === 'DRAFT' ? null : 'Cán bộ đơn vị',
  submittedAt: status === 'DRAFT' ? null : '2024-12-01T02:00:00.000Z',
  reviewedBy: null,
  reviewedAt: null,
  finalizedBy: null,
  finalizedAt: null,
  allowedTransitions: [],
});

/** The covenant as the sheet's query (and each save's answer) gives it; `a11` is unit A's assessment of 1.1. */
export function covenantOf(a11?: Assessment) {
  const row = (unit: typeof units.a, rank: number, a?: Assessment) => ({
    __typename: 'CovenantRankingRow',
    unit,
    group: 'TARGETED',
    rank,
    tied: false,
    totalScore: 12,
    selfTotal: 12,
    reviewTotal: a?.reviewScore ?? null,
    assignedMaxScore: 20,
    ratio: 0.6,
    canLead: true,
    isLeader: rank === 1,
    exclusions: [],
    scores: [score('c1', 15, 9), score('c11', 10, 5, a), score('c12', 5, 4), score('c2', 5, 3)],
  });
  return {
    __typename: 'Covenant',
    id: 'Q292OjE=',
    title: 'Giao ước thi đua năm 2024',
    year: 2024,
    status: 'SELF_ASSESSMENT',
    bloc: { __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối Liên hiệp hội' },
    // Unit A has submitted its sheet (open for review); unit B still fills its own.
    sheets: [sheetOf('s1', units.a, 'SUBMITTED'), sheetOf('s2', units.b, 'DRAFT')],
    criteria,
    ranking: { __typename: 'CovenantRanking', finalStage: 'REVIEW', rows: [row(units.a, 1, a11), row(units.b, 2)] },
  };
}
