import { displayLocale } from './display-locale'
import { stripBidiControls } from './identifier'

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currency: string, given: string | undefined): Intl.NumberFormat {
  const locale = given ?? displayLocale()
  const key = `${locale ?? ''}:${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency })
    formatters.set(key, formatter)
  }
  return formatter
}

/*
 * The currencies whose minor digits this browser knows. Intl formats any well-formed code, but one it
 * does not know gets 2 digits by default, which is a wrong figure for a currency with 0 or 3; so only
 * the codes it lists are trusted. A browser without the list trusts any well-formed code.
 */
let known: ReadonlySet<string> | null | undefined

function knownCurrencies(): ReadonlySet<string> | null {
  if (known === undefined) {
    known = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null
  }
  return known
}

/** An ISO 4217 code (upper case, as the contract spells it) whose minor digits this browser knows. */
export function isUsableCurrency(currency: unknown): currency is string {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return false
  return knownCurrencies()?.has(currency) ?? true
}

/** The code as the API sent it, as plain text: without bidi controls, and short. */
function codeAsText(currency: unknown): string {
  const text = typeof currency === 'string' ? stripBidiControls(currency).text.replace(/\p{Cc}/gu, '') : ''
  if (!text.trim()) return 'no currency'
  return text.length > 12 ? `${text.slice(0, 12)}…` : text
}

/**
 * Minor units → display text, with the currency's own number of minor digits (JPY 0, USD 2, KWD 3)
 * as Intl knows it, so 13200 is "$132.00" in USD and "¥13,200" in JPY.
 *
 * No figure is better than a wrong one: an amount that is not a whole number of minor units a double
 * holds exactly, or a currency whose digits are not known (`US$`, `usd`), reads "— (US$)": a dash for
 * the amount, with the code as it came, instead of a RangeError or a guessed number of digits.
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  if (!isUsableCurrency(currency) || !Number.isSafeInteger(minor)) return `— (${codeAsText(currency)})`
  const formatter = formatterFor(currency, locale)
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2
  const text = formatter.format(minor / 10 ** digits)
  // In right-to-left text "16,845.72 US$" would read "$US 16,845.72" (the "$" takes the paragraph's
  // direction); a left-to-right isolate keeps the amount one unit, in its own order.
  return isRightToLeftLocale(formatter.resolvedOptions().locale) ? `\u2066${text}\u2069` : text
}

const isRightToLeftLocale = (locale: string) => /^(ar|he|fa|ur)\b/i.test(locale)
