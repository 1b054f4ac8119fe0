import { useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { chooseLocale, PSEUDO_ALLOWED } from '@/lib/i18n/i18n'
import { LANGUAGE_NAMES, LOCALES, PSEUDO_LOCALE, type DisplayLocale } from '@/lib/i18n/locales'

const choices: DisplayLocale[] = PSEUDO_ALLOWED ? [...LOCALES, PSEUDO_LOCALE] : [...LOCALES]

/**
 * A new language renders the page anew (src/app/app.tsx), this menu with it, and the focus would fall to
 * the page's top: the menu a choice was made in takes it back.
 */
let focusAfterChoice = false

/**
 * "Language": a native select, like the Appearance switch beside it. Each language is named in its own
 * words and marked with its `lang`, so a screen reader says "Deutsch" in German and "العربية" in Arabic.
 * The choice is spoken at once and remembered on this device.
 */
export function LanguageMenu() {
  const { i18n, t } = useLingui()
  const [failed, setFailed] = useState(false)
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (!focusAfterChoice) return
    focusAfterChoice = false
    select.current?.focus()
  }, [])
  const choose = (locale: DisplayLocale) => {
    setFailed(false)
    focusAfterChoice = document.activeElement === select.current
    chooseLocale(locale).catch(() => {
      focusAfterChoice = false
      setFailed(true)
    })
  }
  return (
    <>
      <label className="preference-select language-menu">
        {t`Language`}
        {/* Its value can only be one of its own options. */}
        <select ref={select} value={i18n.locale} onChange={(event) => choose(event.target.value as DisplayLocale)}>
          {choices.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p role="alert" className="preference-error">
          {t`That language could not be loaded. Check your connection and choose it again.`}
        </p>
      )}
    </>
  )
}
