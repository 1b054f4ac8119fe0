import { translateShell } from './shell-translations.ts'

describe('the static shell’s words in each language', () => {
  const translations = { de: new Map([['Overview', 'Übersicht'], ['Say "hi" & go', 'Sag „hallo“ & geh']]), ar: new Map([['Overview', 'نظرة عامة'], ['Say "hi" & go', 'قل "مرحبا"']]) }

  it('writes each translation beside the English, which moves into a span of its own', () => {
    expect(translateShell('<li><a class="x" aria-current="page" data-i18n>Overview</a></li>', translations)).toBe(
      '<li><a class="x" aria-current="page" data-i18n data-i18n-de="Übersicht" data-i18n-ar="نظرة عامة"><span data-i18n-en>Overview</span></a></li>',
    )
  })

  it('escapes the translations as attribute values', () => {
    expect(translateShell('<div data-i18n>Say "hi" & go</div>', translations)).toContain('data-i18n-de="Sag „hallo“ &amp; geh" data-i18n-ar="قل &quot;مرحبا&quot;"')
  })

  it('fails the build for a shell text no catalog translates, and leaves unmarked text alone', () => {
    expect(() => translateShell('<div data-i18n>Forgotten</div>', translations)).toThrow('no de translation of the shell\'s "Forgotten"')
    expect(translateShell('<div>Overview</div>', translations)).toBe('<div>Overview</div>')
  })
})
