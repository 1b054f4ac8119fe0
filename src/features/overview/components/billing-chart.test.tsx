import { render } from '@testing-library/react'
import { BillingChart, labelCentre, labelStep, type MonthFigures } from './billing-chart'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function months(labels: string[]): MonthFigures[] {
  return labels.map((axisLabel, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, label: axisLabel, axisLabel, billed: (i + 1) * 1000, paid: i * 500 }))
}

/** The chart drawn as if its element were `width` CSS pixels wide (jsdom lays nothing out). */
function drawnAt(width: number, labels: string[]) {
  vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue({ width } as DOMRect)
  const { container } = render(<BillingChart months={months(labels)} currency="USD" />)
  const svg = container.querySelector('svg')!
  return { svg, labels: [...svg.querySelectorAll('.chart-label')].map((text) => text.textContent) }
}

describe('labelStep', () => {
  it('labels every month where the longest label fits a month’s width', () => {
    expect(labelStep(MONTHS, 640 / 12)).toBe(1)
    expect(labelStep(MONTHS, 343 / 12)).toBe(1)
  })

  it('labels every second or third month where it does not', () => {
    expect(labelStep(['يناير', 'فبراير', 'مارس'], 343 / 12)).toBe(2)
    expect(labelStep(['September'], 288 / 12)).toBe(4)
  })
})

describe('labelCentre', () => {
  it('moves a label at the chart’s edge in by its half width, and leaves the others where they are', () => {
    expect(labelCentre(13, 'ديسمبر', 343)).toBe(22.5)
    expect(labelCentre(330, 'Dec', 343)).toBe(330)
    expect(labelCentre(340, 'December', 343)).toBe(313)
    expect(labelCentre(100, 'Jun', 343)).toBe(100)
  })
})

describe('BillingChart', () => {
  it('draws at its element’s own width, one unit a CSS pixel, so its labels keep their size', () => {
    const { svg, labels } = drawnAt(343, MONTHS)
    expect(svg.getAttribute('viewBox')).toBe('0 0 343 220')
    expect(labels).toEqual(MONTHS)
  })

  it('keeps the latest month’s label and every second one before it where they would overlap', () => {
    const arabic = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
    const { labels } = drawnAt(343, arabic)
    expect(labels).toEqual(arabic.filter((_, i) => (11 - i) % 2 === 0))
    expect(labels.at(-1)).toBe('ديسمبر')
  })

  it('draws at 640 where its width cannot be measured', () => {
    const { svg } = drawnAt(0, MONTHS)
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 220')
  })
})
