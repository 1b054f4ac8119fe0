import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { brandStyle, DARK_BACKGROUND, LIGHT_BACKGROUND } from '@/app/brand-style'
import { wcagRatio } from '@/test/wcag-ratio'

/*
 * theme.css's two palettes, read from the file itself, checked pair by pair against WCAG AA: every
 * text colour on every background it is used on (4.5:1), every border, bar and ring that tells a state
 * (3:1), the agency's shades included. The ratio is worked out here, not by src/lib/color/contrast.ts.
 */

const SRC = join(process.cwd(), 'src')
const THEME = readFileSync(join(SRC, 'theme.css'), 'utf8')


/** The text between the `{` after `opening` and its matching `}`. */
function blockAfter(css: string, opening: string): string {
  const start = css.indexOf(opening)
  if (start < 0) throw new Error(`theme.css has no ${opening}`)
  const open = css.indexOf('{', start)
  let depth = 0
  for (let at = open; at < css.length; at++) {
    if (css[at] === '{') depth++
    if (css[at] === '}' && --depth === 0) return css.slice(open + 1, at)
  }
  throw new Error(`unclosed ${opening}`)
}

type Palette = Record<string, string>

const tokensIn = (block: string): Palette =>
  Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/g)].map(([, name = '', value = '']) => [name, value]))

const LIGHT = tokensIn(blockAfter(THEME, ':root {'))
const DEVICE_DARK = blockAfter(THEME, '@media screen and (prefers-color-scheme: dark)')
const CHOSEN_DARK = blockAfter(THEME, '@media screen {')
const DARK: Palette = { ...LIGHT, ...tokensIn(blockAfter(DEVICE_DARK, ':root:not([data-theme]) {')) }

type Pair = [foreground: string, backgrounds: string[], minimum: number]

const TEXT_SURFACES = ['--page', '--surface']

/** What is drawn on what, by token: the CSS's own uses (styles.css, shell.css, the feature stylesheets). */
const PAIRS: Pair[] = [
  ['--text', [...TEXT_SURFACES, '--danger-surface', '--warning-surface', '--success-surface', '--info-surface', '--neutral-surface'], 4.5],
  ['--muted', [...TEXT_SURFACES, '--neutral-surface'], 4.5],
  // Field errors, late due dates, badges and notices: each status colour on the page, cards and its own tint.
  ['--danger', [...TEXT_SURFACES, '--danger-surface'], 4.5],
  ['--warning', [...TEXT_SURFACES, '--warning-surface'], 4.5],
  ['--success', [...TEXT_SURFACES, '--success-surface'], 4.5],
  ['--info', [...TEXT_SURFACES, '--info-surface'], 4.5],
  // The chart's labels and scale are 12 px text on its card; its axis and paid bars are graphics.
  ['--chart-text', ['--surface'], 4.5],
  ['--chart-axis', ['--surface'], 3],
  ['--chart-paid', ['--surface'], 3],
  // Field borders, the focus ring, the milestone dots.
  ['--control-border', TEXT_SURFACES, 3],
  ['--focus', TEXT_SURFACES, 3],
  ['--muted', ['--surface'], 3],
]

function failures(palette: Palette, pairs: Pair[]): string[] {
  return pairs.flatMap(([foreground, backgrounds, minimum]) =>
    backgrounds
      .map((background) => [background, wcagRatio(palette[foreground]!, palette[background]!)] as const)
      .filter(([, measured]) => measured < minimum)
      .map(([background, measured]) => `${foreground} on ${background}: ${measured.toFixed(2)} < ${minimum}`),
  )
}

describe('theme.css', () => {
  it('defines every colour of the light scheme again for the dark one, in two identical blocks', () => {
    const darkNames = Object.keys(tokensIn(DEVICE_DARK))
    expect(darkNames.length).toBeGreaterThan(20)
    for (const name of darkNames) expect(LIGHT, name).toHaveProperty(name)
    // The brand's defaults are one set for both schemes (brand-style.ts computes both); everything else changes.
    const perScheme = Object.keys(LIGHT).filter((name) => !/^--(brand|on-brand)/.test(name))
    expect(darkNames.sort()).toEqual(perScheme.sort())
    // The device's dark setting and the chosen dark scheme are the same values under two selectors.
    const normalised = (block: string) => block.replace(/:root:not\(\[data-theme\]\)|:root\[data-theme='dark'\]/g, 'ROOT').replace(/\s+/g, ' ').trim()
    expect(normalised(CHOSEN_DARK)).toBe(normalised(DEVICE_DARK))
  })

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('passes WCAG AA for every pair in the %s scheme', (_name, palette) => {
    expect(failures(palette, PAIRS)).toEqual([])
  })

  it.each([['#2b59c3'], ['#111111'], ['#f5f5a0'], ['#f4b400'], ['#ff0000'], ['#ffffff'], ['#000000']])(
    "brand %s: its text shades, the current page's underline and the progress bar pass in both schemes",
    (brand) => {
      const style = brandStyle({ brand_color: brand }) as Record<string, string>
      const light = { ...LIGHT, '--accent-text': style['--brand-text']! }
      const dark = { ...DARK, '--accent-text': style['--brand-text-dark']!, '--accent': style['--brand-dark']! }
      const accentPairs: Pair[] = [
        ['--accent-text', TEXT_SURFACES, 4.5],
        ['--on-accent', ['--accent-text'], 4.5],
        ['--accent-text', ['--track'], 3],
      ]
      expect(failures(light, accentPairs)).toEqual([])
      expect(failures(dark, [...accentPairs, ['--accent', TEXT_SURFACES, 3]])).toEqual([])
    },
  )

  it("carries brand-style.ts's own values for the portal's default colour, and its backgrounds", () => {
    const style = brandStyle({ brand_color: '#2b59c3' }) as Record<string, string>
    for (const name of ['--brand', '--brand-text', '--on-brand', '--brand-dark', '--brand-text-dark']) expect(LIGHT[name], name).toBe(style[name])
    expect(LIGHT['--page']).toBe(LIGHT_BACKGROUND)
    expect(DARK['--surface']).toBe(DARK_BACKGROUND)
    // They are the harder background of each scheme for brand text: the darker light one, the lighter dark one.
    expect(wcagRatio(LIGHT['--page']!, '#000000')).toBeLessThan(wcagRatio(LIGHT['--surface']!, '#000000'))
    expect(wcagRatio(DARK['--surface']!, '#ffffff')).toBeLessThan(wcagRatio(DARK['--page']!, '#ffffff'))
  })
})

describe('the other stylesheets', () => {
  const stylesheets = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? stylesheets(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
    )

  it('name no colour of their own: every colour is a theme.css property (print.css has the paper’s)', () => {
    const colour = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(white|black|red|green|blue|gray|grey)\b(?![-\w])/i
    expect(stylesheets(SRC).length).toBeGreaterThan(8)
    const found = stylesheets(SRC)
      .filter((file) => !file.endsWith(`${join('src', 'theme.css')}`))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          // Comments out, their lines kept, so that the line numbers stay the file's.
          .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
          .split('\n')
          .map((line, index) => [line, index + 1] as const)
          // The print palette: token definitions only.
          .filter(([line]) => !(file.endsWith('print.css') && /^\s*--[\w-]+:\s*#[0-9a-f]{6};$/.test(line)))
          .filter(([line]) => colour.test(line.replace(/white-space|black-box/g, '')))
          .map(([line, number]) => `${relative(SRC, file)}:${number} ${line.trim()}`),
      )
    expect(found).toEqual([])
  })
})
