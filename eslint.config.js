import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/*
 * Import boundaries, as in bulletproof-react: shared code (lib, components) → features → app, never back.
 * The app never imports the fake API except from main.tsx (behind the mocking switch) and tests; the fake
 * API imports only types from the app, so it can stand alone behind a Node server too.
 */
const restrict = (...patterns) => ['error', { patterns }]

const toFeatures = { group: ['@/features/**', '**/features/**'], message: 'Shared code must not depend on a feature.' }
const toApp = { group: ['@/app/**', '**/app/**'], message: 'Only the app layer composes routes and providers.' }
const toMocks = {
  group: ['**/mocks/*', '**/mocks/**', '**/mocks'],
  message: 'The app reaches the fake API only from main.tsx (behind the mocking switch) and tests.',
}

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'coverage', 'node_modules', 'src/lib/api/schema.d.ts', 'playwright-report', 'test-results'] },
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
  {
    files: ['src/lib/**', 'src/components/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(toFeatures, toApp, toMocks) },
  },
  {
    files: ['src/features/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(toApp, toMocks) },
  },
  {
    files: ['src/app/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(toMocks) },
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
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
