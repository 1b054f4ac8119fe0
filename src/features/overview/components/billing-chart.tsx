import { formatMoney } from '@/lib/format/money'

export type MonthFigures = { month: string; label: string; axisLabel: string; billed: number; paid: number }

const WIDTH = 640
const HEIGHT = 220
const AXIS = 28
const GROUP = WIDTH / 12

/**
 * Billed against paid per month, drawn for sighted users; its colours are overview.css's, from the
 * theme, so the bars, hatching, axis and labels follow the scheme. It is hidden from assistive technology,
 * which reads the same figures from the table beside it (BillingTable).
 */
export function BillingChart({ months, currency }: { months: MonthFigures[]; currency: string }) {
  const max = Math.max(1, ...months.map((m) => Math.max(m.billed, m.paid)))
  const height = (value: number) => ((HEIGHT - AXIS) * value) / max
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="billing-chart" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="paid-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="bar-paid-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="bar-paid-gap" strokeWidth="2" />
        </pattern>
      </defs>
      <text x="0" y="12" className="chart-scale">
        {formatMoney(max, currency)}
      </text>
      <line x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="chart-axis" />
      {months.map((m, i) => {
        const x = i * GROUP + GROUP * 0.15
        const bar = GROUP * 0.32
        return (
          <g key={m.month}>
            <rect x={x} y={HEIGHT - AXIS - height(m.billed)} width={bar} height={height(m.billed)} className="bar-billed" />
            <rect x={x + bar + 2} y={HEIGHT - AXIS - height(m.paid)} width={bar} height={height(m.paid)} fill="url(#paid-hatch)" />
            <text x={i * GROUP + GROUP / 2} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
              {m.axisLabel}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
