import { useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import { formatMoney } from '@/lib/format/money'

export type MonthFigures = { month: string; label: string; axisLabel: string; billed: number; paid: number }

/** The width drawn at until the chart's own is known (and where it cannot be, as in tests). */
const DEFAULT_WIDTH = 640
/** The chart's height in CSS pixels (overview.css gives the element the same). */
const HEIGHT = 220
const AXIS = 28
/** About how wide a character of a 12px label is, and the room kept between two labels. */
const LABEL_CHAR = 7.5
const LABEL_GAP = 6

/*
 * The chart is drawn at its element's own width, one unit a CSS pixel, so that its 12px labels are 12px
 * on a phone too (scaled from a fixed 640-unit drawing they came out at 6px there). Measured before the
 * first paint and again whenever the element is resized.
 */
function useDrawnWidth(ref: RefObject<SVGSVGElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width)
      if (measured > 0) setWidth(measured)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/** A label's centre, moved in from the chart's edge as far as its (estimated) half width needs. */
export function labelCentre(centre: number, label: string, width: number): number {
  const half = (label.length * LABEL_CHAR) / 2
  return Math.min(width - half, Math.max(half, centre))
}

/**
 * Every how many months a label is shown: every month where the longest fits its month's width, else
 * every second or third, counted back from the latest month, which always has its label.
 */
export function labelStep(labels: string[], groupWidth: number): number {
  const longest = Math.max(0, ...labels.map((label) => label.length)) * LABEL_CHAR + LABEL_GAP
  return Math.max(1, Math.ceil(longest / groupWidth))
}

/*
 * The page's direction, `<html dir>` (src/lib/i18n/i18n.ts sets it with the language). Read as an
 * external store, so a chart on screen redraws if it changes, without waiting for a re-render.
 */
function subscribeToDirection(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] })
  return () => observer.disconnect()
}

const pageIsRightToLeft = () => document.documentElement.dir === 'rtl'

function useRightToLeft(): boolean {
  return useSyncExternalStore(subscribeToDirection, pageIsRightToLeft, () => false)
}

/**
 * Billed against paid per month, drawn for sighted users; its colours are overview.css's, from the
 * theme, so the bars, hatching, axis and labels follow the scheme. It is hidden from assistive technology,
 * which reads the same figures from the table beside it (BillingTable).
 *
 * Time runs the way the page reads: left to right, the oldest month at the left; right to left (Arabic),
 * the oldest at the right, each month's billed bar on its reading side of the paid one. The positions are
 * mirrored, not the drawing (a scaleX(-1) would mirror the labels' text too). The scale's amount starts at
 * the reading side: an SVG text's `start` follows the direction the page gives it.
 */
export function BillingChart({ months, currency }: { months: MonthFigures[]; currency: string }) {
  const rightToLeft = useRightToLeft()
  const ref = useRef<SVGSVGElement>(null)
  const width = useDrawnWidth(ref)
  const group = width / Math.max(1, months.length)
  const step = labelStep(
    months.map((m) => m.axisLabel),
    group,
  )
  /** Where a shape `shape` wide that starts `x` from the chart's reading edge is drawn. */
  const fromStart = (x: number, shape = 0) => (rightToLeft ? width - x - shape : x)
  const max = Math.max(1, ...months.map((m) => Math.max(m.billed, m.paid)))
  const height = (value: number) => ((HEIGHT - AXIS) * value) / max
  return (
    <svg ref={ref} viewBox={`0 0 ${width} ${HEIGHT}`} className="billing-chart" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="paid-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="bar-paid-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="bar-paid-gap" strokeWidth="2" />
        </pattern>
      </defs>
      <text x={fromStart(0)} y="12" className="chart-scale">
        {formatMoney(max, currency)}
      </text>
      <line x1="0" x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="chart-axis" />
      {months.map((m, i) => {
        const x = i * group + group * 0.15
        const bar = group * 0.32
        return (
          <g key={m.month}>
            <rect x={fromStart(x, bar)} y={HEIGHT - AXIS - height(m.billed)} width={bar} height={height(m.billed)} className="bar-billed" />
            <rect
              x={fromStart(x + bar + 2, bar)}
              y={HEIGHT - AXIS - height(m.paid)}
              width={bar}
              height={height(m.paid)}
              fill="url(#paid-hatch)"
            />
            {(months.length - 1 - i) % step === 0 && (
              <text x={labelCentre(fromStart(i * group + group / 2), m.axisLabel, width)} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
                {m.axisLabel}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
