import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ReviewerLoad } from '@ai-approval/backstage-plugin-ai-approval-common';
import { identityLabel } from '../PersonName';
import { useChartAnimation } from '../charts';

const MAX_BARS = 15;

/** Name of a reviewer as shown: display name, else `@login` or e-mail. */
export function reviewerName(item: ReviewerLoad): string {
  return item.displayName ?? identityLabel(item.reviewer);
}

/** Senior sign-offs and reviews of AI changes of the busiest reviewers. */
export function ReviewerLoadChart(props: { items: ReviewerLoad[] }) {
  const theme = useTheme();
  const animate = useChartAnimation();
  const data = [...props.items]
    .sort((a, b) => b.seniorApprovals - a.seniorApprovals)
    .slice(0, MAX_BARS)
    .map(item => ({ ...item, name: reviewerName(item) }));
  return (
    <div
      role="img"
      aria-label={`Senior approvals and reviews of AI changes of the ${data.length} busiest reviewers`}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar
            isAnimationActive={animate}
            dataKey="seniorApprovals"
            name="Senior approvals"
            fill={theme.palette.primary.main}
          />
          <Bar
            isAnimationActive={animate}
            dataKey="aiReviews"
            name="Reviews of AI changes"
            fill={theme.palette.primary.light}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
