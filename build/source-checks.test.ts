import { existsSync } from 'node:fs'
import { checkAppSources, checkSource, describeSourceFindings, LOCAL_STORAGE_ALLOWED } from './source-checks.ts'

describe('the app source (src/, tests excluded)', () => {
  it('renders API text as text, keeps the session out of localStorage and cookies, and opens no tab with an opener', () => {
    expect(describeSourceFindings(checkAppSources(process.cwd()))).toEqual([])
  })
})

describe('the source checks (positive controls)', () => {
  const rulesIn = (text: string, file = 'src/features/x/components/bad.tsx') =>
    checkSource(text, file).map((f) => `${f.line} ${f.rule}`)

  it('finds each forbidden pattern, with its line', () => {
    const bad = [
      'export const A = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />',
      'export const B = () => <a href="https://x.example" target="_blank">x</a>',
      'export const C = () => <a href="https://x.example" target="_blank" rel="noopener">x</a>',
      "export const D = (r: string) => <a href='https://x.example' target={'_blank'} rel={r}>x</a>",
      'export function e(el: HTMLElement, t: string) { el.innerHTML = t }',
      "export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML('beforeend', t) }",
      "export function g(t: string) { localStorage.setItem('token', t) }",
      "export function h(t: string) { window.localStorage.setItem('token', t) }",
      "export function i(t: string) { sessionStorage.setItem('token', t) }",
      'export function j(t: string) { document.cookie = t }',
      "export function k() { window.open('https://x.example', '_blank') }",
      'export function l(code: string) { return eval(code) }',
      "export function m() { setTimeout('alert(1)', 0) }",
      'export function n(code: string) { return new Function(code) }',
      'export function o(t: string) { document.write(t) }',
    ].join('\n')
    expect(rulesIn(bad)).toEqual([
      '1 dangerouslySetInnerHTML: render API text as text',
      '2 target without rel="noopener noreferrer"',
      '3 target without rel="noopener noreferrer"',
      '4 target without rel="noopener noreferrer"',
      '5 innerHTML: a string parsed as HTML',
      '6 insertAdjacentHTML: a string parsed as HTML',
      '7 localStorage: nothing of the session may live there',
      '8 localStorage: nothing of the session may live there',
      '9 sessionStorage outside src/lib/auth/',
      '10 document.cookie: nothing of the session in cookies',
      '11 window.open without "noopener,noreferrer"',
      '12 eval',
      '13 setTimeout with a string of code',
      '14 new Function',
      '15 write: a string parsed as HTML',
    ])
  })

  it('accepts the safe forms, and names in comments or strings', () => {
    const good = [
      '// never innerHTML, never localStorage',
      "export const note = 'dangerouslySetInnerHTML is not used here'",
      'export const P = () => <a href="https://x.example" target="_blank" rel="noopener noreferrer">x</a>',
      "export const Q = () => <a href='/x' target='_self'>x</a>",
      "export function r() { window.open('https://x.example', '_blank', 'noopener,noreferrer') }",
      'export function s(el: HTMLElement, t: string) { el.textContent = t }',
      'export function t(f: () => void) { setTimeout(f, 0) }',
    ].join('\n')
    expect(rulesIn(good)).toEqual([])
    expect(rulesIn("export function u(t: string) { sessionStorage.setItem('k', t) }", 'src/lib/auth/token-storage.ts')).toEqual([])
  })

  describe('localStorage: the device preference module only', () => {
    // The same code, in the one file allowed and anywhere else.
    const code = [
      "export const read = () => window.localStorage.getItem('portal.theme')",
      "export const write = (v: string) => localStorage.setItem('portal.theme', v)",
    ].join('\n')

    it('accepts it in src/lib/preferences/device-preference.ts, a file that exists', () => {
      expect(LOCAL_STORAGE_ALLOWED).toBe('src/lib/preferences/device-preference.ts')
      expect(existsSync(LOCAL_STORAGE_ALLOWED)).toBe(true)
      expect(rulesIn(code, 'src/lib/preferences/device-preference.ts')).toEqual([])
    })

    it.each([
      ['src/lib/preferences/use-theme-preference.ts'],
      ['src/lib/preferences/device-preference.tsx'],
      ['src/lib/preferences/other/device-preference.ts'],
      ['src/components/theme-switch.tsx'],
      ['src/lib/auth/token-storage.ts'],
      ['src/device-preference.ts'],
    ])('refuses it in %s', (file) => {
      expect(rulesIn(code, file)).toEqual(['1 localStorage: nothing of the session may live there', '2 localStorage: nothing of the session may live there'])
    })
  })
})
