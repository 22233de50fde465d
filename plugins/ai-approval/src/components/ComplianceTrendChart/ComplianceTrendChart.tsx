import { InfoCard } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { WeeklyPoint } from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatDay } from '../format';
import { toTrendPoints } from './trendPoints';
import { useChartAnimation } from '../charts';

/** Weekly compliance (line) over the volume of AI-assisted changes (bars). */
export function ComplianceTrendChart(props: { weekly: WeeklyPoint[] }) {
  const theme = useTheme();
  const animate = useChartAnimation();
  const points = toTrendPoints(props.weekly);
  return (
    <InfoCard
      title="Weekly trend"
      subheader="Compliance and AI-assisted volume"
    >
      {points.length === 0 ? (
        <Typography>No weeks to show in this window.</Typography>
      ) : (
        <div role="img" aria-label="Weekly compliance and AI-assisted changes">
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="week" tickFormatter={formatDay} />
              <YAxis yAxisId="count" allowDecimals={false} />
              <YAxis
                yAxisId="percent"
                orientation="right"
                domain={[0, 100]}
                unit="%"
              />
              <Tooltip
                labelFormatter={label => `Week of ${formatDay(label)}`}
              />
              <Legend />
              <Bar
                isAnimationActive={animate}
                yAxisId="count"
                dataKey="aiChanges"
                name="AI-assisted changes"
                fill={theme.palette.primary.light}
              />
              <Line
                isAnimationActive={animate}
                yAxisId="percent"
                dataKey="compliance"
                name="Compliance"
                unit="%"
                stroke={
                  theme.palette.success?.main ?? theme.palette.primary.dark
                }
                strokeWidth={2}
                connectNulls
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </InfoCard>
  );
}
