import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LANGUAGE_STORAGE_KEY, THEME_STORAGE_KEY, writeThemePreference } from './device-preference'

/*
 * index.html's first script applies the stored appearance before the first paint; it cannot import
 * device-preference.ts, so it names the key itself. Run here against what that module stores, it
 * must read the same key and values, and fail as quietly.
 */

const INDEX_HTML = readFileSync(join(process.cwd(), 'index.html'), 'utf8')

/** The `<script>` elements of index.html without a `src`. */
const inlineScripts = [...INDEX_HTML.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  .filter(([, attrs = '']) => !/\ssrc\s*=/.test(attrs))
  .map(([, , text = '']) => text)

function runIndexScript() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running index.html's own script is the point
  const script = new Function(inlineScripts[0] ?? '') as () => void
  script()
}

const shown = () => document.documentElement.getAttribute('data-theme')

afterEach(() => {
  document.documentElement.removeAttribute('data-theme')
})

describe("index.html's theme script", () => {
  it('is the one inline script, at the top of <head>, before any stylesheet', () => {
    expect(inlineScripts).toHaveLength(1)
    const head = INDEX_HTML.slice(INDEX_HTML.indexOf('<head>'), INDEX_HTML.indexOf('</head>'))
    expect(head.indexOf('<script>')).toBeGreaterThan(-1)
    expect(head.indexOf('<script>')).toBeLessThan(head.indexOf('<link'))
  })

  it(`reads the keys device-preference.ts writes (${THEME_STORAGE_KEY}, ${LANGUAGE_STORAGE_KEY}), and no other`, () => {
    const keys = [...(inlineScripts[0] ?? '').matchAll(/getItem\((['"])(.*?)\1\)/g)].map(([, , key]) => key)
    expect(keys).toEqual([THEME_STORAGE_KEY, LANGUAGE_STORAGE_KEY])
  })

  it.each([['light'], ['dark']] as const)('applies a stored %s to <html data-theme>', (preference) => {
    writeThemePreference(preference)
    runIndexScript()
    expect(shown()).toBe(preference)
  })

  it('leaves data-theme off for system, nothing stored, or anything else stored', () => {
    writeThemePreference('system')
    runIndexScript()
    expect(shown()).toBeNull()
    vi.spyOn(Storage.prototype, 'getItem').mockReturnValue('purple')
    runIndexScript()
    expect(shown()).toBeNull()
  })

  it('throws nothing when storage does', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(runIndexScript).not.toThrow()
    expect(shown()).toBeNull()
  })
})
