import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeLanguagePreference } from '@/lib/preferences/device-preference'
import { negotiateLocale } from './locales'

/*
 * index.html's first script sets `<html lang dir>` before the first paint, so the static shell of an
 * Arabic page paints right to left; it cannot import locales.ts, so it negotiates on its own. Run here,
 * it must land where negotiateLocale does (the pseudo-locale aside: the app sets that itself).
 */

const INDEX_HTML = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
const script = /<script>([\s\S]*?)<\/script>/.exec(INDEX_HTML)?.[1] ?? ''

function runIndexScript(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running index.html's own script is the point
  ;(new Function(script) as () => void)()
  return { lang: document.documentElement.lang, dir: document.documentElement.dir }
}

afterEach(() => {
  document.documentElement.removeAttribute('lang')
  document.documentElement.removeAttribute('dir')
})

describe("index.html's language script", () => {
  it.each([
    [null, ['ar-EG', 'en']],
    [null, ['fr', 'de-AT']],
    [null, ['ja']],
    [null, []],
    ['de', ['ar']],
    ['ar', ['de']],
    ['klingon', ['ar-SA']],
    ['en-XA', ['de']],
  ] as const)('stored %s, browser %j: the language negotiateLocale picks', (stored, languages) => {
    if (stored) writeLanguagePreference(stored)
    const expected = negotiateLocale(stored, languages)
    const shown = runIndexScript([...languages])
    // With nothing it speaks, the script leaves index.html's own lang="en".
    expect(shown.lang || 'en').toBe(expected)
    expect(shown.dir || 'ltr').toBe(expected === 'ar' ? 'rtl' : 'ltr')
  })

  it('throws nothing when storage does, and still follows the browser', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(runIndexScript(['ar'])).toEqual({ lang: 'ar', dir: 'rtl' })
  })
})
