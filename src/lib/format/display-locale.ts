/*
 * The locale numbers, money and dates are written in: the portal's language as the browser writes it
 * (src/lib/i18n sets it when a language is chosen). Until then, the browser's own.
 */
let current: string | undefined

export const displayLocale = (): string | undefined => current

export function setDisplayLocale(locale: string | undefined): void {
  current = locale
}
