import { useTheme } from '@material-ui/core/styles';
import { Line, LineChart, YAxis } from 'recharts';
import { formatPercent } from '../format';

/** The trend in words, for screen readers and the tooltip. */
export function describeTrend(trend: Array<number | null>): string {
  const known = trend.filter((v): v is number => v !== null);
  if (known.length === 0) {
    return 'No AI-assisted changes in any week';
  }
  const first = formatPercent(known[0]);
  const last = formatPercent(known[known.length - 1]);
  return known.length === 1
    ? `Weekly compliance: ${last}`
    : `Weekly compliance from ${first} to ${last}`;
}

/** A tiny line of weekly compliance (oldest first); gaps are weeks without AI changes. */
export function TrendSparkline(props: { trend?: Array<number | null> }) {
  const theme = useTheme();
  const trend = props.trend ?? [];
  if (trend.length === 0) {
    return null;
  }
  const data = trend.map((value, week) => ({
    week,
    compliance: value === null ? null : value * 100,
  }));
  const label = describeTrend(trend);
  return (
    <span role="img" aria-label={label} title={label}>
      <LineChart width={96} height={24} data={data}>
        <YAxis hide domain={[0, 100]} />
        <Line
          dataKey="compliance"
          stroke={theme.palette.primary.main}
          strokeWidth={1.5}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  );
}
