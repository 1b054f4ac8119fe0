import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Manifest, type Rollup } from 'vite'
import { APP_MODULE, entryAtLowPriority, FIRST_LOAD_MODULES, moduleEdges, type ModuleEdges, preloadTags, SIGNED_IN_FIRST_ROUTES, staticallyReached } from './first-load.ts'

const ROOT = '/project'

/** An output chunk with only what preloadTags reads. */
function chunk(fileName: string, facade: string | null, imports: string[] = [], css: string[] = [], size = 1): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    code: 'x'.repeat(size),
    facadeModuleId: facade ? `${ROOT}/${facade}` : null,
    moduleIds: facade ? [`${ROOT}/${facade}`] : [],
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk
}

const bundle = (chunks: Rollup.OutputChunk[]): Rollup.OutputBundle => Object.fromEntries(chunks.map((c) => [c.fileName, c]))

describe('staticallyReached', () => {
  // A route imports one component through a feature's index.ts, which re-exports two pages' components.
  const graph: Record<string, string[]> = {
    route: ['feature/index', 'react'],
    'feature/index': ['feature/summary', 'feature/detail', 'feature/more'],
    'feature/summary': ['react', 'lib/money', 'feature/summary.css'],
    'feature/detail': ['react', 'lib/pdf'],
    'feature/more': ['feature/chart', 'feature/table'],
    'feature/chart': ['lib/svg'],
    'feature/table': [],
    react: ['react-cjs-internals'],
  }
  const infoOf = (id: string) => ({ importedIds: graph[id] ?? [] })
  const barrel: ModuleEdges = {
    imports: [],
    reexports: [
      { id: 'feature/summary', exported: 'Summary', imported: 'Summary' },
      { id: 'feature/detail', exported: 'Detail', imported: 'Detail' },
      { id: 'feature/more', exported: '*', imported: '*' },
    ],
  }
  const more: ModuleEdges = { imports: [], reexports: [{ id: 'feature/chart', exported: 'Chart', imported: 'default' }, { id: 'feature/table', exported: 'Table', imported: 'Table' }] }
  const edgesFor = (route: ModuleEdges) => (id: string) => ({ route, 'feature/index': barrel, 'feature/more': more })[id]
  const reached = (route: ModuleEdges) => [...staticallyReached(['route'], infoOf, edgesFor(route))].sort()

  it('follows a re-export only for the names imported', () => {
    const route = { imports: [{ id: 'feature/index', names: ['Summary'] }, { id: 'react', names: ['useState'] }], reexports: [] }
    // feature/more is asked too (an `export *` may hold any name), but none of its re-exports is Summary.
    expect(reached(route)).toEqual(['feature/index', 'feature/more', 'feature/summary', 'feature/summary.css', 'lib/money', 'react', 'react-cjs-internals', 'route'])
  })

  it('passes a name through `export *` to the module that exports it, and a renamed default', () => {
    const route = { imports: [{ id: 'feature/index', names: ['Chart'] }], reexports: [] }
    expect(reached(route)).toEqual(['feature/chart', 'feature/index', 'feature/more', 'lib/svg', 'react', 'react-cjs-internals', 'route'])
  })

  it('follows every re-export for a namespace import, and every import when no edges are known', () => {
    const all = ['feature/chart', 'feature/detail', 'feature/index', 'feature/more', 'feature/summary', 'feature/summary.css', 'feature/table', 'lib/money', 'lib/pdf', 'lib/svg', 'react', 'react-cjs-internals', 'route']
    expect(reached({ imports: [{ id: 'feature/index', names: ['*'] }, { id: 'react', names: [] }], reexports: [] })).toEqual(all)
    expect([...staticallyReached(['route'], infoOf)].sort()).toEqual(all)
  })
})

describe('moduleEdges', () => {
  it('reads imports by name and re-exports by the names they export, resolving each source', async () => {
    const code = [
      "import React, { useState as use } from 'react'",
      "import * as all from './all.js'",
      "import './style.css'",
      "export { Summary, Detail as Shown } from './summary.js'",
      "export * from './more.js'",
      "export * as money from './money.js'",
      "export { default as Chart } from './chart.js'",
      "export const local = use",
      "import { gone } from 'virtual:unresolved'",
    ].join('\n')
    const edges = await moduleEdges(code, (source) => Promise.resolve(source.startsWith('virtual:') ? null : source))
    expect(edges.imports).toEqual([
      { id: 'react', names: ['default', 'useState'] },
      { id: './all.js', names: ['*'] },
      { id: './style.css', names: [] },
    ])
    expect(edges.reexports).toEqual([
      { id: './summary.js', exported: 'Summary', imported: 'Summary' },
      { id: './summary.js', exported: 'Shown', imported: 'Detail' },
      { id: './more.js', exported: '*', imported: '*' },
      { id: './money.js', exported: 'money', imported: '*' },
      { id: './chart.js', exported: 'Chart', imported: 'default' },
    ])
  })
})

describe('preloadTags', () => {
  const files = bundle([
    chunk('assets/index.js', 'index.html', ['assets/session.js']),
    chunk('assets/session.js', null),
    chunk('assets/start-app.js', 'src/boot/start-app.tsx', ['assets/react.js', 'assets/session.js']),
    chunk('assets/react.js', null),
    chunk('assets/overview.js', 'src/app/routes/overview.tsx', ['assets/react.js', 'assets/figures.js'], ['assets/overview.css']),
    chunk('assets/figures.js', null),
    chunk('assets/invoices.js', 'src/app/routes/invoices.tsx', ['assets/table.js']),
    chunk('assets/table.js', null),
  ])
  const html = '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/session.js">'

  it('preloads each chunk the modules need and their static imports, once, leaving out what the page links already', () => {
    const tags = preloadTags(files, ROOT, '/', ['src/boot/start-app.tsx', 'src/app/routes/overview.tsx'], html)
    expect(tags.map((tag) => [tag.attrs?.rel, tag.attrs?.href])).toEqual([
      ['modulepreload', '/assets/start-app.js'],
      ['modulepreload', '/assets/react.js'],
      ['modulepreload', '/assets/overview.js'],
      ['modulepreload', '/assets/figures.js'],
      ['preload', '/assets/overview.css'],
    ])
    expect(tags.every((tag) => tag.attrs?.crossorigin === true && tag.attrs.fetchpriority === 'low' && tag.injectTo === 'head')).toBe(true)
    expect(tags.find((tag) => tag.attrs?.rel === 'preload')?.attrs?.as).toBe('style')
  })

  it('asks for the largest chunks first, so a small one, not they, waits for a connection', () => {
    const sized = bundle([
      chunk('assets/start-app.js', 'src/boot/start-app.tsx', ['assets/runtime.js', 'assets/react-dom.js'], [], 50),
      chunk('assets/runtime.js', null, [], [], 2),
      chunk('assets/react-dom.js', null, [], [], 60),
    ])
    expect(preloadTags(sized, ROOT, '/', ['src/boot/start-app.tsx'], '').map((tag) => tag.attrs?.href)).toEqual(['/assets/react-dom.js', '/assets/start-app.js', '/assets/runtime.js'])
  })

  it('preloads nothing of a route not asked for', () => {
    const tags = preloadTags(files, ROOT, '/', ['src/app/routes/overview.tsx'], html)
    expect(tags.map((tag) => tag.attrs?.href)).not.toContain('/assets/invoices.js')
  })

  it('fails the build for a module with no chunk of its own (a renamed route)', () => {
    expect(() => preloadTags(files, ROOT, '/', ['src/app/routes/renamed.tsx'], html)).toThrow(/no chunk for src\/app\/routes\/renamed\.tsx/)
  })

  it('writes the base path the build is served from', () => {
    const tags = preloadTags(files, ROOT, '/portal/', ['src/app/routes/invoices.tsx'], html)
    expect(tags.map((tag) => tag.attrs?.href)).toEqual(['/portal/assets/invoices.js', '/portal/assets/table.js'])
  })
})

describe('entryAtLowPriority', () => {
  const html =
    '<script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/boot.js">\n' +
    '<link rel="stylesheet" crossorigin href="/assets/index.css">'

  it('lowers the entry script and the modulepreloads of its imports, and nothing else', () => {
    expect(entryAtLowPriority(html)).toBe(
      '<script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script>\n' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/boot.js">\n<link rel="stylesheet" crossorigin href="/assets/index.css">',
    )
  })

  it('fails the build when Vite no longer writes the entry script it looks for', () => {
    expect(() => entryAtLowPriority('<script type="module" src="/assets/index.js"></script>')).toThrow(/no single entry/)
  })
})

describe('the production build', () => {
  let dir = ''
  let manifest: Manifest
  let html = ''
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-first-load-'))
    const previous = process.env.VITE_API_MOCKING
    delete process.env.VITE_API_MOCKING
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true, manifest: true } })
    } finally {
      if (previous !== undefined) process.env.VITE_API_MOCKING = previous
    }
    manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest
    html = readFileSync(join(dir, 'index.html'), 'utf8')
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The entry and every chunk it imports statically: what must load before src/main.tsx runs. */
  function entryClosure(): string[] {
    const seen = new Set<string>()
    const visit = (key: string) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const next of manifest[key]?.imports ?? []) visit(next)
    }
    visit('index.html')
    return [...seen].map((key) => manifest[key]!.file)
  }

  it('has an entry that runs before React: no React, no router, no query cache in what it imports, a few kB', () => {
    const files = entryClosure()
    const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
    // React's element marker, the router's, and React Query's cache defaults: none of them is needed to send requests.
    for (const marker of ['react.transitional.element', 'useSyncExternalStore', 'createBrowserRouter', 'refetchOnWindowFocus']) {
      expect(code.includes(marker), marker).toBe(false)
    }
    const gzip = files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0)
    expect(gzip).toBeLessThan(25_000)
  })

  it('fetches the entry and everything it preloads at low priority, the stylesheet the shell paints with alone at its own', () => {
    const requests = html.match(/<(script type="module"|link rel="modulepreload"|link rel="preload")[^>]*>/g) ?? []
    expect(requests.length).toBeGreaterThan(3)
    for (const tag of requests) expect(tag).toContain('fetchpriority="low"')
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-[^"]+\.css">/)
  })

  it('puts React DOM in a chunk of its own, which the app chunk imports and index.html preloads', () => {
    const app = manifest[(manifest['index.html']?.dynamicImports ?? [])[0]!]!
    const reactDom = Object.entries(manifest).find(([key]) => /^_react-dom-/.test(key))
    expect(reactDom, 'a react-dom chunk').toBeDefined()
    expect(app.imports).toContain(reactDom![0])
    expect(html).toContain(`<link rel="modulepreload" fetchpriority="low" crossorigin href="/${reactDom![1].file}">`)
    // React DOM's own code is there, not in the app chunk.
    expect(readFileSync(join(dir, reactDom![1].file), 'utf8')).toContain('react-dom')
    expect(readFileSync(join(dir, app.file), 'utf8')).not.toContain('Minified React error #')
  })

  it('preloads the largest chunks first: React DOM and the app before a small one', () => {
    const preloaded = [...html.matchAll(/<link rel="modulepreload" [^>]*href="\/([^"]+)">/g)].map((match) => match[1]!)
    // The entry's own imports (the boot) are Vite's to link, ahead of these.
    const entryImports = new Set((manifest['index.html']?.imports ?? []).map((key) => manifest[key]!.file))
    const sizes = preloaded.filter((file) => !entryImports.has(file)).map((file) => readFileSync(join(dir, file)).length)
    expect(sizes.length).toBeGreaterThan(2)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  })

  it('puts the frame and the overview in the app chunk, so their pages need no chunk of their own', () => {
    for (const route of SIGNED_IN_FIRST_ROUTES) expect(manifest[route], route).toBeUndefined()
    const app = manifest[(manifest['index.html']?.dynamicImports ?? [])[0]!]!
    // Words of the frame (src/app/routes/root-layout.tsx), compiled into its code.
    expect(readFileSync(join(dir, app.file), 'utf8')).toContain('Skip to content')
  })

  it('preloads from index.html the app and every chunk the frame and the overview need', () => {
    // The app module joined the `app` chunk, which the manifest names among the entry's dynamic imports.
    const dynamic = manifest['index.html']?.dynamicImports ?? []
    expect(dynamic).toHaveLength(1)
    const keys = [...dynamic, ...FIRST_LOAD_MODULES.filter((source) => source !== APP_MODULE && !SIGNED_IN_FIRST_ROUTES.includes(source))]
    for (const key of keys) {
      const file = manifest[key]?.file
      expect(file, key).toBeDefined()
      expect(html).toContain(`<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}">`)
      // Each chunk it imports is linked too (the entry itself by its script tag).
      for (const imported of manifest[key]?.imports ?? []) expect(html, `${key} → ${imported}`).toContain(`="/${manifest[imported]!.file}"`)
    }
  })

  it('lets the boot start a deep link’s page: each page’s chunk, the chunks it imports and its stylesheets are in the boot’s list', () => {
    const boot = Object.entries(manifest).find(([key]) => /^_boot-/.test(key))
    expect(boot, 'a boot chunk').toBeDefined()
    const code = readFileSync(join(dir, boot![1].file), 'utf8')
    for (const page of ['sign-in', 'projects', 'project-detail', 'invoices', 'invoice-detail', 'statement', 'account']) {
      const source = `src/app/routes/${page}.tsx`
      expect(boot![1].dynamicImports, source).toContain(source)
      const chunk = manifest[source]!
      // Vite's preload list: each one is fetched at once beside the page's own chunk, not after it has run.
      const imported = (chunk.imports ?? []).filter((key) => key !== boot![0]).map((key) => manifest[key]!.file)
      for (const file of [chunk.file, ...imported, ...(chunk.css ?? [])]) {
        expect(code.includes(`"${file}"`), `${source} needs ${file}`).toBe(true)
      }
    }
  })

  it('keeps other pages’ components out of the overview’s chunks, though their feature’s index.ts re-exports them', () => {
    const overviewFiles = new Set((manifest['index.html']?.dynamicImports ?? []).map((key) => manifest[key]!.file))
    // Words only the invoice page (features/invoices/components/invoice-calendar-button.tsx) shows.
    const invoicePage = 'Add due date to calendar'
    const all = Object.values(manifest).filter((entry) => entry.file.endsWith('.js'))
    expect(all.some((entry) => readFileSync(join(dir, entry.file), 'utf8').includes(invoicePage))).toBe(true)
    for (const file of overviewFiles) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(invoicePage)
  })

  it('keeps the calendar export’s code out of the overview’s chunks, though the overview shows its button', () => {
    const overviewFiles = (manifest['index.html']?.dynamicImports ?? []).map((key) => manifest[key]!.file)
    // The calendar's writer (features/invoices/utils/ics.ts), loaded when the button is pressed.
    const all = Object.values(manifest).filter((entry) => entry.file.endsWith('.js'))
    expect(all.some((entry) => readFileSync(join(dir, entry.file), 'utf8').includes('BEGIN:VCALENDAR'))).toBe(true)
    for (const file of overviewFiles) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('BEGIN:VCALENDAR')
    expect(readFileSync(join(dir, manifest['index.html']!.file), 'utf8')).not.toContain('BEGIN:VCALENDAR')
  })

  it('keeps what only the sign-in page needs out of the overview’s chunks, and out of what index.html preloads', () => {
    const signIn = manifest['src/app/routes/sign-in.tsx']!
    const overviewFiles = new Set((manifest['index.html']?.dynamicImports ?? []).map((key) => manifest[key]!.file))
    expect(overviewFiles.has(signIn.file)).toBe(false)
    expect(html).not.toContain(signIn.file)
    // The words of a failed sign-in (features/auth/sign-in-messages.ts) are in its chunk, in none of the overview's.
    const cancelled = 'Sign-in was cancelled'
    expect(readFileSync(join(dir, signIn.file), 'utf8')).toContain(cancelled)
    for (const file of overviewFiles) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(cancelled)
  })
})
