import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ReportsPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as ReportsPage, exportUrl } from './ReportsPage';

const report = {
  __typename: 'StatisticsReport',
  form: 'F0603',
  code: '0603.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH',
  unitLabel: 'Đơn vị tính: Lượt tập thể, hộ gia đình, cá nhân',
  year: 2022,
  scopeLabel: 'Toàn bộ đơn vị trong hệ thống',
  notes: ['Số liệu tổng hợp chỉ tính vào cột hình thức khi nguồn nêu đúng một hình thức.'],
  columnGroups: [
    { __typename: 'StatisticsColumnGroup', label: null, columns: [{ __typename: 'StatisticsColumn', code: '1', label: 'Tổng số' }] },
    {
      __typename: 'StatisticsColumnGroup',
      label: 'Chia theo hình thức',
      columns: [
        { __typename: 'StatisticsColumn', code: '2', label: 'Bằng khen' },
        { __typename: 'StatisticsColumn', code: '3', label: 'Cờ thi đua' },
      ],
    },
  ],
  rows: [
    { __typename: 'StatisticsRow', code: '01', label: 'Tổng số', level: 0, cells: [1234, 1230, 4] },
    { __typename: 'StatisticsRow', code: null, label: 'Chia theo đối tượng', level: 0, cells: [] },
    { __typename: 'StatisticsRow', code: '03', label: 'Trong đó: Doanh nghiệp', level: 1, cells: [2, 2, 0] },
  ],
};

const mock = (variables: Record<string, unknown>) => ({ request: { query: ReportsPageDocument, variables }, result: { data: { statisticsReport: report } } });

describe('statistics reports page', () => {
  it('lays the form out as printed: grouped headers with column codes, row codes, Vietnamese numbers, notes and the xlsx link', async () => {
    renderWithProviders(<ReportsPage />, {
      route: '/reports?form=F0603&year=2022',
      mocks: [mock({ form: 'F0603', year: 2022, scope: null })],
      viewer: viewerOf('ANALYST'),
    });
    await screen.findByText(report.title);
    expect(screen.getByText('Chia theo hình thức')).toBeTruthy();
    expect(screen.getByTestId('cell-01-0').textContent).toBe('1.234');
    expect(screen.getByTestId('cell-03-1').textContent).toBe('2');
    expect(screen.getByText('Chia theo đối tượng')).toBeTruthy();
    expect(screen.getByText(report.notes[0]!)).toBeTruthy();
    expect(screen.getByTestId('export-xlsx').getAttribute('href')).toBe('/exports/statistics.xlsx?form=F0603&year=2022');
  });

  it('waits for a unit before asking when the scope is one unit', async () => {
    renderWithProviders(<ReportsPage />, { route: '/reports?form=F0601&year=2021&scope=unit', mocks: [] });
    await screen.findByText('Chọn đơn vị hoặc khối để xem số liệu.');
    expect(screen.getByTestId('export-xlsx').getAttribute('href')).toBeNull();
  });

  it('builds the download address with the scope', () => {
    expect(exportUrl('F0605', 2023, { blocId: 'QmxvYzox' })).toBe('/exports/statistics.xlsx?form=F0605&year=2023&blocId=QmxvYzox');
  });
});
