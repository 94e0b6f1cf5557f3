import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { EligibilityAwardCodesDocument, EvaluateEligibilityDocument, PersonOptionsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { EvaluateForm } from './EvaluateForm';

const PERSON = 'UGVyc29uOjE=';
const anyVariables = () => true;

async function choose(select: HTMLElement, label: string) {
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByTitle(label);
  fireEvent.click(options[options.length - 1]!);
}

describe('evaluate form', () => {
  it('evaluates a person for an award and year and shows the per-rule report', async () => {
    let sent: unknown;
    const mocks = [
      {
        request: { query: EligibilityAwardCodesDocument, variables: anyVariables },
        result: {
          data: {
            awardTypes: {
              __typename: 'AwardTypeConnection',
              nodes: [{ __typename: 'AwardType', id: 'QXdhcmRUeXBlOjE=', code: 'CHIEN_SI_THI_DUA_CAP_TINH', nameVi: 'Chiến sĩ thi đua cấp tỉnh' }],
            },
          },
        },
        maxUsageCount: Infinity,
      },
      {
        request: { query: PersonOptionsDocument, variables: anyVariables },
        result: {
          data: {
            people: { __typename: 'PersonConnection', nodes: [{ __typename: 'Person', id: PERSON, fullName: 'Nguyễn Thị Hoa', birthYear: 1985, unit: null }] },
          },
        },
        maxUsageCount: Infinity,
      },
      {
        request: { query: EvaluateEligibilityDocument, variables: (v: unknown) => ((sent = v), true) },
        result: {
          data: {
            evaluateEligibility: {
              __typename: 'EligibilityReport',
              subjectName: 'Nguyễn Thị Hoa',
              awardTypeName: 'Chiến sĩ thi đua cấp tỉnh',
              year: 2024,
              outcome: 'FAIL',
              results: [
                {
                  __typename: 'EligibilityRuleResult',
                  outcome: 'FAIL',
                  reasons: [],
                  facts: [{ __typename: 'EligibilityFact', fact: 'consecutiveYears', text: 'Chiến sĩ thi đua cơ sở 2023, 2024: 2 năm liên tục' }],
                  rule: {
                    __typename: 'EligibilityRule',
                    id: 'UnVsZTox',
                    code: 'CSTD_T',
                    revision: 1,
                    titleVi: 'Chiến sĩ thi đua cấp tỉnh: 3 lần liên tục',
                    sourceDocument: 'Luật Thi đua, khen thưởng 06/2022/QH15',
                    article: 'Điều 22',
                    effectiveFrom: '2024-01-01',
                    effectiveTo: null,
                  },
                },
              ],
            },
          },
        },
      },
    ];
    renderWithProviders(<EvaluateForm />, { mocks: mocks as never[] });
    await choose(screen.getByTestId('evaluate-subject'), 'Nguyễn Thị Hoa – 1985');
    await choose(screen.getByTestId('evaluate-award'), 'Chiến sĩ thi đua cấp tỉnh');
    fireEvent.change(screen.getByTestId('evaluate-year'), { target: { value: '2024' } });
    fireEvent.click(screen.getByTestId('evaluate-submit'));
    expect(await screen.findByText('Chiến sĩ thi đua cơ sở 2023, 2024: 2 năm liên tục')).toBeTruthy();
    expect(sent).toEqual({ subjectId: PERSON, awardTypeCode: 'CHIEN_SI_THI_DUA_CAP_TINH', year: 2024, proposedUnitIds: null });
    await waitFor(() => expect(screen.getAllByTestId('outcome-FAIL').map((t) => t.textContent)).toEqual(['Không đạt', 'Không đạt']));
  });
});
