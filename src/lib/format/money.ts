const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}:${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Minor units → display text, with the currency's own number of minor digits (JPY 0, USD 2, KWD 3)
 * as Intl knows it, so 13200 is "$132.00" in USD and "¥13,200" in JPY.
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const formatter = formatterFor(currency, locale)
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2
  return formatter.format(minor / 10 ** digits)
}
