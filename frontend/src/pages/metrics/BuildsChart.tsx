import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BuildBucket } from '../../api/types';

/** Builds per interval stacked by status; kept in its own chunk with the chart library. */
export default function BuildsChart({ data, interval }: { data: BuildBucket[]; interval: string }) {
  const fmt = new Intl.DateTimeFormat(
    undefined,
    interval.endsWith('d') ? { month: 'short', day: 'numeric' } : interval === '6h' ? { month: 'short', day: 'numeric', hour: '2-digit' } : { hour: '2-digit', minute: '2-digit' },
  );
  const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const rows = data.map((b) => ({ ...b, label: fmt.format(new Date(b.time)), full: full.format(new Date(b.time)) }));
  return (
    <div className="h-72 w-full" role="img" aria-label="Builds over time by status">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#64748b' }} tickLine={false} axisLine={{ stroke: '#cbd5e1' }} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#64748b' }} tickLine={false} axisLine={false} />
          <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.full ?? ''} cursor={{ fill: '#f1f5f9' }} contentStyle={{ borderRadius: 8, borderColor: '#e2e8f0', fontSize: 13 }} />
          <Legend itemSorter={null} iconType="circle" wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="succeeded" name="Succeeded" stackId="s" fill="#10b981" isAnimationActive={false} />
          <Bar dataKey="failed" name="Failed" stackId="s" fill="#f43f5e" isAnimationActive={false} />
          <Bar dataKey="cancelled" name="Cancelled" stackId="s" fill="#f59e0b" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
