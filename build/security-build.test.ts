import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { build } from 'vite'
import { describeFindings, filesUnder, scanDirectory, scanText } from './secret-scan.ts'
import { cspDirectives, serializeCsp } from './security-policy.ts'

/** deploy/nginx.conf and its variants include the file by this name. */
const SECURITY_HEADERS_FILE = 'security-headers.conf'

type Dist = { dir: string; files: string[]; read: (name: string) => string }

/** `vite build` into a temp dir with mocking off, `env` overriding the build env for this build only. */
async function buildWith(env: Record<string, string | undefined>): Promise<Dist> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-security-'))
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  const assign = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  assign(env)
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } })
  } finally {
    assign(previous)
  }
  const files = filesUnder(dir).map((path) => relative(dir, path))
  return { dir, files, read: (name) => readFileSync(join(dir, name), 'utf8') }
}

/** Every `add_header` line of the nginx include, as [name, value], its nginx quoting undone. */
function addedHeaders(conf: string): Array<[string, string]> {
  return conf
    .split('\n')
    .filter((line) => line.startsWith('add_header'))
    .map((line) => {
      const [, name = '', quoted = ''] = line.match(/^add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/) ?? [line]
      return [name, quoted.replace(/\\(.)/g, '$1')]
    })
}

const MOCKING_OFF = { VITE_API_MOCKING: 'off' }

/*
 * The production build's env, pinned so that what it must produce is written out below: the API as
 * deployed (config.ts's default, named so that a developer's .env.local cannot change it), OAuth tokens
 * on an origin of their own (so the CSP is seen to follow the build env, not only its defaults), and
 * no CSP_REPORT_URI (the default report endpoint).
 */
const PRODUCTION_ENV = {
  ...MOCKING_OFF,
  VITE_API_BASE_URL: 'https://api.nextoriahub.com/v1',
  VITE_OAUTH_TOKEN_URL: 'https://auth.nextoriahub.com/oauth/token',
  VITE_OAUTH_REVOKE_URL: 'https://auth.nextoriahub.com/oauth/revoke',
  CSP_REPORT_URI: undefined,
}

/**
 * The policy that build must carry, directive by directive. Its one inline script (index.html's theme
 * script) is allowed by the hash of its text, worked out here from the built file with Node's crypto
 * rather than by the plugin's own function, so a policy hashed from anything but that text fails.
 */
const expectedCsp = (scriptHash: string) => [
  "default-src 'none'",
  `script-src 'self' ${scriptHash}`,
  "style-src 'self'",
  "img-src 'self' https://assets.nextoriahub.com",
  "font-src 'self'",
  'connect-src https://api.nextoriahub.com https://auth.nextoriahub.com',
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
  'report-uri /csp-report',
]

const expectedHeaders = (scriptHash: string): Array<[string, string]> => [
  ['Content-Security-Policy', expectedCsp(scriptHash).join('; ')],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), ' +
      'microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
]

/** Every `<script>` of an HTML text: its attributes and its text. */
const scriptsIn = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attrs = '', text = '']) => ({ attrs, text }))

describe('the production build (mocking off)', () => {
  let dist: Dist
  /** The built index.html's theme script, and the CSP source of its SHA-256. */
  let themeScript: string
  let scriptHash: string

  beforeAll(async () => {
    dist = await buildWith(PRODUCTION_ENV)
    themeScript = scriptsIn(dist.read('index.html')).find((script) => !/\ssrc=/.test(script.attrs))?.text ?? ''
    scriptHash = `'sha256-${createHash('sha256').update(themeScript, 'utf8').digest('base64')}'`
  }, 120_000)
  afterAll(() => rmSync(dist.dir, { recursive: true, force: true }))

  it('emits no sourcemaps and points to none', () => {
    expect(dist.files.filter((file) => file.endsWith('.map'))).toEqual([])
    for (const file of dist.files) expect(dist.read(file), file).not.toMatch(/sourceMappingURL/)
  })

  it('contains no token, key or credential-like string in any file', () => {
    expect(describeFindings(scanDirectory(dist.dir))).toEqual([])
  })

  it('index.html has one inline script, the theme one, no inline style or event handler, and loads only its own assets', () => {
    const html = dist.read('index.html')
    const scripts = scriptsIn(html)
    const inline = scripts.filter((script) => !/\ssrc=/.test(script.attrs))
    expect(inline.map((script) => script.text)).toEqual([themeScript])
    // It reads the one stored preference and sets one attribute: nothing that fetches, evaluates or writes HTML.
    expect(themeScript).toContain("window.localStorage.getItem('portal.theme')")
    expect(themeScript).toContain("document.documentElement.setAttribute('data-theme', theme)")
    const code = themeScript.replace(/\/\/.*$/gm, '')
    expect(code).not.toMatch(/\b(eval|Function|fetch|import|innerHTML|outerHTML|write|src|href|cookie|sessionStorage)\b/)
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<link'))
    expect(scripts.length).toBeGreaterThan(1)
    for (const { attrs, text } of scripts.filter((script) => !inline.includes(script))) {
      expect(text.trim(), 'inline script').toBe('')
      expect(attrs).toMatch(/\bsrc="\/assets\/[^"]+\.js"/)
    }
    expect(html).not.toMatch(/<style\b/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/javascript:/i)
    for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^\/assets\//)
  })

  it('writes the nginx include with every security header, on error answers too', () => {
    expect(addedHeaders(dist.read(SECURITY_HEADERS_FILE))).toEqual(expectedHeaders(scriptHash))
  })

  it('sends a strict CSP: nothing inline but the theme script, nothing evaluated, fetches only to the configured API and OAuth origins', () => {
    const csp = new Map(addedHeaders(dist.read(SECURITY_HEADERS_FILE))).get('Content-Security-Policy') ?? ''
    expect(csp).not.toMatch(/unsafe-|\*|data:|blob:/)
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))
    expect(directive('default-src')).toBe("default-src 'none'")
    // The theme script's own hash and nothing else inline: not 'unsafe-inline', no nonce, no other hash.
    expect(scriptHash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/)
    expect(directive('script-src')).toBe(`script-src 'self' ${scriptHash}`)
    expect(directive('style-src')).toBe("style-src 'self'")
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive('base-uri')).toBe("base-uri 'none'")
    expect(directive('object-src')).toBe("object-src 'none'")
    expect(directive('form-action')).toBe("form-action 'self'")
    expect(directive('img-src')).toBe("img-src 'self' https://assets.nextoriahub.com")
    // The API and the token endpoints' origins, from the build env; not the authorization page's.
    expect(directive('connect-src')).toBe('connect-src https://api.nextoriahub.com https://auth.nextoriahub.com')
  })

  it('puts the same CSP into index.html as a <meta>, less what a <meta> cannot carry', () => {
    const html = dist.read('index.html')
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1]?.replace(/&#39;/g, "'")
    const headerOnly = /^(frame-ancestors|report-uri) /
    expect(meta).toBe(expectedCsp(scriptHash).filter((directive) => !headerOnly.test(directive)).join('; '))
    expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to/)
    // Before anything it governs, the theme script included.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
  })
})

describe('a build on the fake API (mocking on)', () => {
  it('is not deployed, so it gets neither the nginx include nor the <meta> CSP', async () => {
    const dist = await buildWith({ VITE_API_MOCKING: 'on' })
    try {
      expect(dist.files).not.toContain(SECURITY_HEADERS_FILE)
      expect(dist.read('index.html')).not.toContain('Content-Security-Policy')
    } finally {
      rmSync(dist.dir, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('the CSP follows the build env', () => {
  it('allows the API, token and revocation origins, and nothing else to connect to', () => {
    const env = {
      VITE_API_BASE_URL: 'http://127.0.0.1:4100/v1',
      VITE_OAUTH_TOKEN_URL: 'https://auth.example.com/oauth/token',
      VITE_OAUTH_REVOKE_URL: 'https://auth.example.com/oauth/revoke',
      VITE_OAUTH_AUTHORIZE_URL: 'https://app.example.com/oauth/authorize',
    }
    expect(cspDirectives(env).find(([name]) => name === 'connect-src')).toEqual([
      'connect-src',
      'http://127.0.0.1:4100',
      'https://auth.example.com',
    ])
    // Sign-in is a navigation, which CSP does not govern: the authorization server is not listed.
    expect(serializeCsp(cspDirectives(env))).not.toContain('app.example.com')
  })

  it("defaults like src/lib/config.ts, and a relative API root is 'self'", () => {
    expect(cspDirectives({}).find(([name]) => name === 'connect-src')).toEqual(['connect-src', 'https://api.nextoriahub.com'])
    expect(cspDirectives({ VITE_API_BASE_URL: '/v1' }).find(([name]) => name === 'connect-src')).toEqual(['connect-src', "'self'"])
  })
})

/** Fake credentials of each shape, assembled at run time so this file itself trips no scanner. */
const PLANTED: Record<string, string> = {
  'bearer token': `Authorization: Bearer ${'Zm9vYmFyYmF6cXV4'.repeat(2)}`,
  'fake API token (at_/rt_/grant_)': `${'rt'}_${'0123456789abcdef'.repeat(3)}`,
  'JWT or base64 JSON': ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'c2lnbmF0dXJlLXNpZ25hdHVyZQ'].join('.'),
  'private key': `-----BEGIN ${'RSA PRIVATE'} KEY-----\nMIIEow==\n-----END RSA PRIVATE KEY-----`,
  'AWS access key id': `${'AK'}IA${'IOSFODNN7EXAMPLE'}`,
  'AWS secret access key': `aws_secret_access_key = "${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}"`,
  'Stripe secret or restricted key': `${'sk'}_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  'Stripe webhook secret': `${'whsec'}_${'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}`,
  'GitHub token': `${'ghp'}_${'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'}`,
  'Slack token': `${'xoxb'}-${'123456789012-123456789012-AbCdEfGhIjKlMnOpQrStUvWx'}`,
  'Slack webhook': `https://hooks.slack.com/services/${'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'}`,
  'Google API key': `${'AI'}za${'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'}`,
  'OpenAI-style key': `${'sk'}-proj-${'T3BlbkFJ'.repeat(5)}`,
  'high-entropy value assigned to clientSecret': `const config={clientSecret:"${'q8Zr2Lw0Xv5Nc7Tb'}"}`,
}

describe('the secret scanner (positive controls)', () => {
  it('finds each planted credential in a file on disk, with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-planted-'))
    try {
      const text = ['// a harmless line', ...Object.values(PLANTED)].join('\n')
      writeFileSync(join(dir, 'leaky.js'), text)
      const findings = scanDirectory(dir)
      for (const [rule, secret] of Object.entries(PLANTED)) {
        const line = text.slice(0, text.indexOf(secret)).split('\n').length
        expect(findings.some((f) => f.rule === rule && f.file === 'leaky.js' && f.line === line), `${rule} on line ${line}`).toBe(true)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('leaves ordinary code alone: words, identifiers and templates assigned to secret-sounding names', () => {
    const ordinary = [
      'const password="correct-horse-battery"',
      'token_endpoint_auth_method:"client_secret_basic"',
      'headers.set("Authorization",`Bearer ${token}`)',
      'const refreshToken=response.refresh_token',
    ].join('\n')
    expect(describeFindings(scanText(ordinary, 'ordinary.js'))).toEqual([])
  })

  it('keeps an unused VITE_ variable of the build machine out of the bundle', async () => {
    // src/lib/config.ts names each variable it reads; reading import.meta.env whole would inline them all.
    const secret = `${'sk'}_live_${'51HcPlantedBuildEnvKey000'}`
    const dist = await buildWith({ ...MOCKING_OFF, VITE_STRIPE_SECRET_KEY: secret })
    try {
      expect(describeFindings(scanDirectory(dist.dir))).toEqual([])
    } finally {
      rmSync(dist.dir, { recursive: true, force: true })
    }
  }, 120_000)
})
