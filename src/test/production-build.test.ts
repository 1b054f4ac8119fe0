import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { REACT_ROUTER_DEVELOPMENT_MARKER, reactRouterBuildDir } from '../../build/react-router-production.ts'

/** Markers only the fake API and msw carry: the worker, its setup, the seed, the fake sign-in page. */
const MOCK_MARKERS = [/mockServiceWorker/, /setupWorker/, /\bmsw\b/i, /Brightside Creative/, /authorize-page/, /nextoria\.mock-server/]

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

async function buildWith(mocking: 'on' | undefined): Promise<{ dir: string; text: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-dist-'))
  const previous = process.env.VITE_API_MOCKING
  if (mocking) process.env.VITE_API_MOCKING = mocking
  else delete process.env.VITE_API_MOCKING
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } })
  } finally {
    if (previous === undefined) delete process.env.VITE_API_MOCKING
    else process.env.VITE_API_MOCKING = previous
  }
  const files = filesUnder(dir)
  return { dir, files, text: files.map((file) => readFileSync(file, 'utf8')).join('\n') }
}

describe('npm run build', () => {
  it("finds the marker of React Router's development build in it, so the check below can fail", () => {
    const textOf = (dir: string) =>
      filesUnder(dir)
        .filter((file) => file.endsWith('.mjs'))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n')
    expect(textOf(reactRouterBuildDir('development'))).toContain(REACT_ROUTER_DEVELOPMENT_MARKER)
    // The production build has the text too, behind warnings switched off, which minifying drops.
    expect(textOf(reactRouterBuildDir('production'))).toMatch(/ENABLE_DEV_WARNINGS = false/)
  })

  it('with mocking off contains no mock code and no msw', async () => {
    const dist = await buildWith(undefined)
    try {
      expect(dist.files.some((file) => file.endsWith('index.html'))).toBe(true)
      expect(dist.files.map((file) => file.slice(dist.dir.length))).not.toContain('/mockServiceWorker.js')
      for (const marker of MOCK_MARKERS) expect(dist.text, `dist/ contains ${marker}`).not.toMatch(marker)
      // React Router's production build, not the development one its package exports name.
      expect(dist.text, "dist/ carries React Router's development warnings").not.toContain(REACT_ROUTER_DEVELOPMENT_MARKER)
    } finally {
      rmSync(dist.dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('with mocking on does carry them, so the check above can fail', async () => {
    const dist = await buildWith('on')
    try {
      expect(dist.text).toMatch(/setupWorker|mockServiceWorker/)
      expect(dist.text).toMatch(/Brightside Creative/)
    } finally {
      rmSync(dist.dir, { recursive: true, force: true })
    }
  }, 120_000)
})
