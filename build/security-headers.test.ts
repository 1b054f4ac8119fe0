import { createHash } from 'node:crypto'
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite'
import { SECURITY_HEADERS_FILE, securityHeadersPlugin } from './security-headers.ts'

/*
 * The plugin's hooks, driven by hand with a small stand-in for Vite's plugin context: the CSP allows
 * index.html's inline script by the hash of the script as built, and a build whose index.html no
 * longer matches what was hashed stops with an error. (security-build.test.ts runs a real build.)
 */

type Emitted = { fileName: string; source: string }
type Bundle = Record<string, { type: 'asset'; source: string }>

const BUILT = (script: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" /><script>${script}</script>` +
  '<script type="module" crossorigin src="/assets/index.js"></script></head><body></body></html>'

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

function run(env: Record<string, string>, transformed: string, written: string | null) {
  const plugin = securityHeadersPlugin()
  ;(plugin.configResolved as (config: ResolvedConfig) => void)({ env } as unknown as ResolvedConfig)
  const transform = plugin.transformIndexHtml as { order: string; handler: (html: string) => HtmlTagDescriptor[] }
  const generate = plugin.generateBundle as { order: string; handler: (this: unknown, options: unknown, bundle: Bundle) => void }
  const tags = transform.handler(transformed)
  const emitted: Emitted[] = []
  const context = {
    emitFile: (file: Emitted) => void emitted.push(file),
    error: (message: string) => {
      throw new Error(message)
    },
  }
  const bundle: Bundle = written === null ? {} : { 'index.html': { type: 'asset', source: written } }
  generate.handler.call(context, {}, bundle)
  return { plugin, tags, emitted, orders: [transform.order, generate.order] }
}

const OFF = { VITE_API_MOCKING: 'off' }
const SCRIPT = "\n  try { document.documentElement.setAttribute('data-theme', 'dark') } catch (e) {}\n"

describe('the security headers plugin', () => {
  it('runs after every other transform of index.html, and on the bundle as written', () => {
    expect(run(OFF, BUILT(SCRIPT), BUILT(SCRIPT)).orders).toEqual(['post', 'post'])
  })

  it("allows index.html's inline script by its hash, in the <meta> and the nginx header alike", () => {
    const { tags, emitted } = run(OFF, BUILT(SCRIPT), BUILT(SCRIPT))
    const meta = String(tags[0]?.attrs?.content)
    expect(meta).toContain(`script-src 'self' ${hashOf(SCRIPT)};`)
    expect(emitted.map((file) => file.fileName)).toEqual([SECURITY_HEADERS_FILE])
    expect(emitted[0]?.source).toContain(`script-src 'self' ${hashOf(SCRIPT)};`)
  })

  it('follows an edited script: the hash is of the text built, not of any fixed one', () => {
    const edited = SCRIPT.replace('dark', 'light')
    const { tags } = run(OFF, BUILT(edited), BUILT(edited))
    expect(String(tags[0]?.attrs?.content)).toContain(hashOf(edited))
    expect(String(tags[0]?.attrs?.content)).not.toContain(hashOf(SCRIPT))
  })

  it('fails the build when the index.html written is not the one hashed', () => {
    expect(() => run(OFF, BUILT(SCRIPT), BUILT(`${SCRIPT}alert(1)`))).toThrow(/inline scripts changed after they were hashed/)
  })

  it('fails the build when there is no index.html to check', () => {
    expect(() => run(OFF, BUILT(SCRIPT), null)).toThrow(/index\.html was not found/)
  })

  it('does nothing for a build on the fake API', () => {
    const { tags, emitted } = run({ VITE_API_MOCKING: 'on' }, BUILT(SCRIPT), null)
    expect(tags).toEqual([])
    expect(emitted).toEqual([])
  })
})
