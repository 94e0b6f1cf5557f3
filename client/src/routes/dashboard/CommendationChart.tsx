import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../i18n/language';
import { formatNumber } from '../../lib/format';
import type { YearAwardSeries } from './commendationSeries';
import { seriesColor } from './seriesColors';

/** Stacked bars: commendations per year, one colour per award type. Loaded on its own (recharts is large). */
export default function CommendationChart({ data, selectedYear }: { data: YearAwardSeries; selectedYear: number }) {
  const { language } = useLanguage();
  return (
    <div data-testid="commendation-chart" style={{ width: '100%', height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="year"
            tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: number } }) => (
              <text x={x} y={Number(y) + 14} textAnchor="middle" fontSize={12} fontWeight={payload.value === selectedYear ? 700 : 400} fill="#595959">
                {payload.value}
              </text>
            )}
          />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} width={48} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} labelFormatter={(year) => (language === 'vi' ? `Năm ${year}` : `Year ${year}`)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {data.series.map((s, i) => (
            <Bar
              key={s.dataKey}
              dataKey={s.dataKey}
              name={language === 'vi' ? s.nameVi : s.nameEn}
              stackId="awards"
              fill={seriesColor(i)}
              maxBarSize={56}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The dashboard's trend charts, in this chunk: the dashboard loads it lazily already, and one chunk
 * holding every chart keeps recharts in one place, so the first screen (its budget is full) carries
 * nothing of them.
 */
export { default as Trends } from './TrendCharts';
