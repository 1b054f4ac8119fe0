import { join, relative } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { architecture } from '../eslint.config.js'

/*
 * The repo's own boundary and cycle rules (eslint.config.js `architecture`), run on a small tree of
 * fixtures laid out like src/: each file says in its first comment whether it is allowed or refused.
 */
const root = join(import.meta.dirname, 'lint-fixtures')

async function ruleIdsByFile(): Promise<Record<string, string[]>> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...architecture(root)],
  })
  const results = await eslint.lintFiles(['src/**/*.ts'])
  return Object.fromEntries(
    results.map((result) => [relative(root, result.filePath), result.messages.map((message) => message.ruleId ?? message.message)]),
  )
}

describe('the architecture lint rules', () => {
  let found: Record<string, string[]>
  beforeAll(async () => {
    found = await ruleIdsByFile()
  }, 60_000)

  it('refuses a feature importing another feature’s internals, by alias or relative path', () => {
    expect(found['src/features/beta/uses-internals.ts']).toEqual(['import-x/no-restricted-paths'])
    expect(found['src/features/beta/uses-internals-relative.ts']).toEqual(['import-x/no-restricted-paths'])
  })

  it('allows another feature through its public module', () => {
    expect(found['src/features/beta/uses-public.ts']).toEqual([])
    expect(found['src/app/uses-public.ts']).toEqual([])
    expect(found['src/features/alpha/index.ts']).toEqual([])
  })

  it('refuses the app reaching past a feature’s public module', () => {
    expect(found['src/app/uses-internals.ts']).toEqual(['import-x/no-restricted-paths'])
  })

  it('lets the boot reach a feature only through its public module, and nothing but the app reach the boot', () => {
    expect(found['src/boot/boot-value.ts']).toEqual([])
    expect(found['src/boot/uses-internals.ts']).toEqual(['import-x/no-restricted-paths'])
    expect(found['src/features/beta/uses-boot.ts']).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses shared code depending on any feature', () => {
    expect(found['src/lib/uses-feature.ts']).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses an import cycle, on both of its files', () => {
    expect(found['src/lib/cycle-one.ts']).toEqual(['import-x/no-cycle'])
    expect(found['src/lib/cycle-two.ts']).toEqual(['import-x/no-cycle'])
  })
})
