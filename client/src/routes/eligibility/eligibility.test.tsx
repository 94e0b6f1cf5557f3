import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { EligibilityAwardCodesDocument, EligibilityRulesPageDocument, RetireEligibilityRuleDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { EligibilityReport, EligibilityReport_report } from './EligibilityReport';
import { Component as EligibilityPage } from './EligibilityPage';

const rule = (code: string, over: object = {}) => ({
  __typename: 'EligibilityRule',
  id: `RWxpZ2liaWxpdHlSdWxlOj${code}`,
  code,
  revision: 1,
  titleVi: `Quy tắc ${code}`,
  awardTypeCodes: ['CHIEN_SI_THI_DUA_CAP_TINH'],
  sourceDocument: 'Luật Thi đua, khen thưởng 06/2022/QH15',
  article: 'Điều 22',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  jurisdiction: 'NATIONAL',
  mark: 'R',
  version: 1,
  ...over,
});
const report = makeFragmentData(
  {
    subjectName: 'Nguyễn Thị Hoa',
    awardTypeName: 'Chiến sĩ thi đua cấp tỉnh',
    year: 2024,
    outcome: 'NEEDS_REVIEW',
    results: [
      {
        outcome: 'PASS',
        reasons: [],
        facts: [{ fact: 'consecutiveYears', text: 'Chiến sĩ thi đua cơ sở 2022, 2023, 2024: 3 năm liên tục' }],
        rule: rule('CSTD_T'),
      },
      {
        outcome: 'NEEDS_REVIEW',
        reasons: ['Kiểm tra hồ sơ: bản chính hoặc bản sao chứng thực'],
        facts: [{ fact: 'review', text: 'Kiểm tra hồ sơ: bản chính hoặc bản sao chứng thực' }],
        rule: rule('EVID', { awardTypeCodes: [] }),
      },
    ],
  },
  EligibilityReport_report,
);
const codesMock = {
  request: { query: EligibilityAwardCodesDocument, variables: { kind: 'INDIVIDUAL' } },
  result: {
    data: {
      awardTypes: {
        __typename: 'AwardTypeConnection',
        nodes: [{ __typename: 'AwardType', id: 'QXdhcmRUeXBlOjE=', code: 'CHIEN_SI_THI_DUA_CAP_TINH', nameVi: 'Chiến sĩ thi đua cấp tỉnh' }],
      },
    },
  },
};
const rulesMock = (rules: object[]) => ({
  request: { query: EligibilityRulesPageDocument, variables: () => true },
  result: {
    data: {
      eligibilityRules: {
        __typename: 'EligibilityRuleConnection',
        totalCount: rules.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        nodes: rules,
      },
    },
  },
});

describe('eligibility report', () => {
  it('shows each rule with its source, outcome and the facts used, in Vietnamese', () => {
    renderWithProviders(<EligibilityReport report={report} />);
    expect(screen.getByText('Chiến sĩ thi đua cơ sở 2022, 2023, 2024: 3 năm liên tục')).toBeTruthy();
    expect(screen.getAllByText('Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22')).toHaveLength(2);
    expect(screen.getByTestId('outcome-PASS').textContent).toBe('Đạt');
    expect(screen.getAllByTestId('outcome-NEEDS_REVIEW').map((t) => t.textContent)).toEqual(['Cần xem xét', 'Cần xem xét']);
    // A reason already shown as the fact's text is not repeated.
    expect(screen.getAllByText(/bản sao chứng thực/)).toHaveLength(1);
  });
});

describe('eligibility page', () => {
  it('lists rules with source and dates; the Board retires one from a date with a reason', async () => {
    let sent: unknown;
    const mocks = [
      codesMock,
      rulesMock([
        rule('CSTD_T'),
        rule('VOTE_90', { effectiveFrom: '2017-10-01', effectiveTo: '2023-12-31', sourceDocument: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 45' }),
      ]),
      {
        request: { query: RetireEligibilityRuleDocument, variables: (v: unknown) => ((sent = v), true) },
        result: {
          data: {
            retireEligibilityRule: {
              __typename: 'EligibilityRulePayload',
              userErrors: [],
              rule: { __typename: 'EligibilityRule', id: rule('CSTD_T').id, effectiveTo: '2026-09-30', version: 2 },
            },
          },
        },
      },
    ];
    renderWithProviders(<EligibilityPage />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    expect(await screen.findByText('Nghị định 91/2017/NĐ-CP, Điều 45')).toBeTruthy();
    expect(screen.getByText('01/10/2017 – 31/12/2023')).toBeTruthy();
    expect(screen.getByText('01/01/2024 – nay')).toBeTruthy();
    expect(screen.queryByTestId('retire-VOTE_90')).toBeNull();
    fireEvent.click(screen.getByTestId('retire-CSTD_T'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('retire-date'), { target: { value: '2026-09-30' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lý do, văn bản bãi bỏ' }), { target: { value: 'Luật 06/2026/QH16' } });
    fireEvent.click(screen.getByTestId('retire-submit'));
    await waitFor(() => expect(sent).toEqual({ input: { id: rule('CSTD_T').id, effectiveTo: '2026-09-30', reason: 'Luật 06/2026/QH16', expectedVersion: 1 } }));
  });

  it('offers no add or retire to officers who may not manage rules', async () => {
    renderWithProviders(<EligibilityPage />, { mocks: [codesMock, rulesMock([rule('CSTD_T')])], viewer: viewerOf('UNIT_OFFICER') });
    expect(await screen.findByText('Quy tắc CSTD_T')).toBeTruthy();
    expect(screen.queryByTestId('add-rule')).toBeNull();
    expect(screen.queryByTestId('retire-CSTD_T')).toBeNull();
  });
});
