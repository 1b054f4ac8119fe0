import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const toMocks = {
  group: ['**/mocks/*', '**/mocks/**', '**/mocks'],
  message: 'The app reaches the fake API only from main.tsx (behind the mocking switch) and tests.',
}

/**
 * Import boundaries, as bulletproof-react's lint config draws them, for the tree under `root`:
 * shared code (lib, components) → features → app, never back; a feature is reached from outside only
 * through its public module (`features/<name>/index.ts`), so its other files are its own to change;
 * and no import cycle anywhere. Every folder under `src/features` is a feature, so a new one is fenced
 * in without touching this file. Exported for build/lint-architecture.test.ts, which runs it on fixtures.
 *
 * @param {string} root
 * @returns {import('eslint').Linter.Config[]}
 */
export function architecture(root) {
  const featuresDir = join(root, 'src', 'features')
  const features = readdirSync(featuresDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const publicOnly = (target, feature) => ({
    target,
    from: `./src/features/${feature}`,
    except: ['./index.ts'],
    message: `Import the ${feature} feature from '@/features/${feature}', its public module, not its internals.`,
  })
  const zones = [
    ...features.flatMap((feature) => [
      ...features.filter((other) => other !== feature).map((other) => publicOnly(`./src/features/${feature}`, other)),
      publicOnly('./src/app', feature),
      publicOnly('./src/boot', feature),
    ]),
    { target: ['./src/lib', './src/components'], from: './src/features', message: 'Shared code must not depend on a feature.' },
    { target: ['./src/lib', './src/components', './src/features'], from: './src/app', message: 'Only the app layer composes routes and providers.' },
    { target: ['./src/lib', './src/components', './src/features'], from: './src/boot', message: 'Only the entry and the app start the boot.' },
  ]
  return [
    {
      files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: {
        // Without these, import-x reads only .js files when it follows an import, and sees no cycle.
        'import-x/extensions': ['.ts', '.tsx', '.js'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
      },
      rules: {
        // Type-only imports vanish at build time, so a cycle through one is no cycle at run time.
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/**/*.test.{ts,tsx}'],
      plugins: { 'import-x': importX },
      rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
    },
  ]
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'coverage',
      'node_modules',
      'src/lib/api/schema.d.ts',
      'playwright-report',
      'test-results',
      'reports',
      '.stryker-tmp',
      'build/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // React Router's loaders end with a thrown redirect Response; that is their API, not an error.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'lib', name: 'Response' }] }],
      // Every HTTP call goes through the typed client and its middleware.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the API through apiClient; only src/lib/api/late-bound-fetch.ts touches fetch.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'fetch', message: 'Only src/lib/api/late-bound-fetch.ts touches fetch.' },
        { object: 'window', property: 'fetch', message: 'Only src/lib/api/late-bound-fetch.ts touches fetch.' },
        { object: 'window', property: 'localStorage', message: 'Nothing of the session may live in localStorage.' },
        { object: 'globalThis', property: 'localStorage', message: 'Nothing of the session may live in localStorage.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='localStorage']", message: 'Nothing of the session may live in localStorage.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  ...architecture(import.meta.dirname),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/main.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [toMocks] }] },
  },
  {
    files: ['mocks/**/*.ts'],
    ignores: ['mocks/**/*.test.ts'],
    rules: {
      // Handlers throw a Response to end a request early; msw sends a thrown Response as the answer.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'msw', name: 'HttpResponse' },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '@/*', '@/**'],
              allowTypeImports: true,
              message: 'The fake API imports only types from the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser tests inspect storage from outside the app, to prove no token is there.
    files: ['e2e/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // Tests of the fake API speak plain HTTP to it, as any client of the real one would.
    files: ['mocks/**/*.test.ts', 'mocks/test-support/**'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/lib/api/late-bound-fetch.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The device's display preferences are the one thing in localStorage, through this one module
    // (build/source-checks.ts holds every other file in src/ to that); its test sets storage up itself.
    files: ['src/lib/preferences/device-preference.ts', 'src/lib/preferences/device-preference.test.ts'],
    rules: {
      'no-restricted-syntax': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'fetch', message: 'Only src/lib/api/late-bound-fetch.ts touches fetch.' },
        { object: 'window', property: 'fetch', message: 'Only src/lib/api/late-bound-fetch.ts touches fetch.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
