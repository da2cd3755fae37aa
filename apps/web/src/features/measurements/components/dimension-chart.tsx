import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface DimensionChartProps {
  /** Read by screen readers in place of the drawing; the table beside it holds the figures. */
  description: string;
  /** One row per dimension: its name and a score (0–100) per series key. */
  rows: ({ dimension: string } & Record<string, number | string | null>)[];
  series: ChartSeries[];
}

/** Series are told apart by fill and pattern (solid, hatched, dotted), not by colour alone, and carry their value. */
const LOOKS = [{ fill: '#1f5f8b' }, { pattern: 'hatch' }, { pattern: 'dots' }] as const;

/** A bar per dimension and series (start against end, team day 1 against 2), drawn with recharts. Loaded only on the results page. */
export default function DimensionChart({ description, rows, series }: DimensionChartProps) {
  // Pattern ids of their own: a page holds many charts, and an id names one element in the whole document.
  const id = useId();
  const fillOf = (index: number) => {
    const look = LOOKS[index % LOOKS.length];
    return 'fill' in look ? look.fill : `url(#${id}-${look.pattern})`;
  };
  return (
    <figure className="measurement-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={Math.max(220, rows.length * 56)}>
        {/* No keyboard layer: the figure is one image to assistive technology, and the table beside it holds the figures. */}
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 32 }} accessibilityLayer={false}>
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#b3541e" strokeWidth="4" />
            </pattern>
            <pattern id={`${id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="#ffffff" />
              <circle cx="3" cy="3" r="2" fill="#2d6a4f" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis type="category" dataKey="dimension" width={150} />
          <Legend />
          {series.map((one, index) => (
            <Bar key={one.key} dataKey={one.key} name={one.label} fill={fillOf(index)} stroke="#1b1b1b" isAnimationActive={false}>
              <LabelList dataKey={one.key} position="right" formatter={(value: unknown) => (typeof value === 'number' ? Math.round(value) : '')} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
