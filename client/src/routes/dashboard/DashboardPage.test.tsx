import { describe, expect, it } from 'vitest';
import { screen, within, render } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import { ThemeProvider } from '../../app/ThemeProvider';
import { LanguageProvider } from '../../i18n/language';
import { Component as DashboardPage } from './DashboardPage';

const awardType = (id: string, nameVi: string, rank: number) => ({ __typename: 'AwardType', id, nameVi, nameEn: nameVi, rank });
const flag = awardType('A1', 'Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố', 70);
const merit = awardType('A2', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố', 60);
const group = (year: number, type: object, count: number) => ({
  __typename: 'CommendationGroup',
  count,
  key: { __typename: 'CommendationGroupKey', year, awardType: type },
});

function dashboardData(year: number, withData = true) {
  return {
    commendationStats: withData ? [group(2019, flag, 1), group(2022, flag, 1), group(2022, merit, 1233)] : [],
    recentDecisions: {
      __typename: 'DecisionConnection',
      totalCount: withData ? 2 : 0,
      nodes: withData
        ? [
            {
              __typename: 'Decision',
              id: 'D1',
              number: '889/QĐ-UBND',
              issuedOn: '2022-03-31',
              issuer: 'UBND thành phố Hải Phòng',
              subject: 'Về việc tổ chức Cụm, Khối thi đua',
            },
            { __typename: 'Decision', id: 'D2', number: null, issuedOn: null, issuer: 'UBND thành phố Hải Phòng', subject: 'Về việc tặng Bằng khen năm 2022' },
          ]
        : [],
    },
    yearCovenants: {
      __typename: 'CovenantConnection',
      totalCount: withData ? 1 : 0,
      nodes: withData
        ? [
            {
              __typename: 'Covenant',
              id: 'C1',
              title: `Giao ước thi đua năm ${year}`,
              year,
              status: 'IN_COMMENT',
              signedCount: 2,
              memberCount: 5,
              bloc: { __typename: 'Bloc', id: 'B1', name: 'Khối thi đua Liên hiệp hội' },
            },
          ]
        : [],
    },
    headlessBlocs: {
      __typename: 'BlocConnection',
      totalCount: withData ? 3 : 0,
      nodes: withData
        ? [
            {
              __typename: 'Bloc',
              id: 'B2',
              name: 'Khối thi đua Doanh nghiệp 2',
              code: 'HP-DN2',
              members: [1, 2, 3].map((n) => ({ __typename: 'BlocMember', unit: { __typename: 'Unit', id: `U${n}` } })),
            },
          ]
        : [],
    },
  };
}

function renderDashboard(route: string, respond: (year: number) => object) {
  const requests: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    requests.push(operation.variables);
    return new Observable((observer) => {
      const result = respond(operation.variables.year as number);
      if (result instanceof Error) observer.error(result);
      else {
        observer.next({ data: result as Record<string, unknown> });
        observer.complete();
      }
    });
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  render(
    <LanguageProvider>
      <ThemeProvider>
        <ApolloProvider client={client}>
          <MemoryRouter initialEntries={[route]}>
            <DashboardPage />
          </MemoryRouter>
        </ApolloProvider>
      </ThemeProvider>
    </LanguageProvider>,
  );
  return requests;
}

describe('dashboard', { timeout: 20_000 }, () => {
  it('shows commendations per year and award type, the latest decisions, the year’s covenants and headless blocs', async () => {
    const requests = renderDashboard('/?year=2022', (year) => dashboardData(year));
    const table = await screen.findByTestId('commendation-table', {}, { timeout: 5000 });
    expect(requests).toEqual([{ year: 2022 }]);
    // Years 2019–2022 with the gap filled; the table shows Vietnamese-formatted counts.
    const meritRow = within(table).getByText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố').closest('tr')!;
    expect([...meritRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố',
      '0',
      '0',
      '0',
      '1.233',
      '1.233',
    ]);
    expect(within(table).getByText('1.235')).toBeTruthy();

    const decisions = screen.getByTestId('dashboard-decisions');
    expect(within(decisions).getByRole('link', { name: '889/QĐ-UBND · 31/03/2022' }).getAttribute('href')).toBe('/decisions/D1');
    expect(within(decisions).getByText('Chưa rõ số · chưa rõ ngày')).toBeTruthy();

    const covenants = screen.getByTestId('dashboard-covenants');
    expect(within(covenants).getByRole('link', { name: 'Giao ước thi đua năm 2022' }).getAttribute('href')).toBe('/covenants/C1');
    expect(within(covenants).getAllByText('2/5 đơn vị đã ký').length).toBeGreaterThan(0);
    expect(within(covenants).getByText('Lấy ý kiến')).toBeTruthy();

    const blocs = screen.getByTestId('dashboard-headless-blocs');
    expect(within(blocs).getByText('Khối chưa có trưởng khối năm 2022')).toBeTruthy();
    expect(within(blocs).getByRole('link', { name: 'Khối thi đua Doanh nghiệp 2' }).getAttribute('href')).toBe('/blocs/B2');
    expect(within(blocs).getByText('HP-DN2 · 3 thành viên năm 2022')).toBeTruthy();
    expect(within(blocs).getByText('Và 2 khối khác.')).toBeTruthy();
  });

  it('says so in Vietnamese when there is nothing for the year', async () => {
    renderDashboard('/?year=2031', (year) => dashboardData(year, false));
    expect(await screen.findByText('Chưa có khen thưởng nào được ghi nhận.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Chưa có quyết định nào.')).toBeTruthy();
    expect(screen.getByText('Chưa có giao ước nào cho năm này.')).toBeTruthy();
    expect(screen.getByText('Mọi khối đều đã có trưởng khối.')).toBeTruthy();
  });

  it('shows the error in Vietnamese with a retry button', async () => {
    renderDashboard('/', () => new TypeError('Failed to fetch'));
    expect(await screen.findByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});
