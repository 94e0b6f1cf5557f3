/** Builders for the dossier flow tests: one line as DossierLines_line reads it, one proposal. */
export const buildLine = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'DossierLine',
  id: 'RG9zc2llckxpbmU6MQ==',
  version: 3,
  position: 1,
  subjectKind: 'UNIT',
  included: true,
  achievement: 'Dẫn đầu Khối năm 2023',
  awardType: { __typename: 'AwardType', id: 'at1', nameVi: 'Cờ thi đua của UBND thành phố' },
  unit: { __typename: 'Unit', id: 'u1', name: 'Hiệp hội Doanh nghiệp nhỏ và vừa' },
  person: null,
  household: null,
  eligibility: {
    __typename: 'EligibilityReport',
    outcome: 'FAIL',
    results: [
      {
        __typename: 'EligibilityRuleResult',
        outcome: 'FAIL',
        reasons: ['Chưa đủ 5 năm liên tục hoàn thành xuất sắc nhiệm vụ'],
        rule: { __typename: 'EligibilityRule', id: 'r1', code: 'CO_THI_DUA', titleVi: 'Điều kiện Cờ thi đua', sourceDocument: 'Luật TĐKT 2022' },
      },
    ],
  },
  appraisalResult: null,
  appraisalNote: null,
  appraisalOverrideReason: null,
  commendation: null,
  councilResult: null,
  councilSession: null,
  ...overrides,
});

export const buildProposal = (id: string, unitName: string, status: 'PROPOSED' | 'IN_DOSSIER', dossier: { id: string; code: string } | null = null) => ({
  __typename: 'CommendationProposal',
  id,
  status,
  award: 'CERTIFICATE_OF_MERIT',
  votes: 5,
  percent: 83.33,
  unit: { __typename: 'Unit', id: `u-${id}`, name: unitName },
  dossier: dossier ? { __typename: 'Dossier', ...dossier } : null,
});
