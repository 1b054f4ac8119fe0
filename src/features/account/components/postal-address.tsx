import type { Address } from '@/lib/api/types'
import { displayLocale } from '@/lib/format/display-locale'

const regionNames = new Map<string, Intl.DisplayNames>()

/** The country's name in the portal's language; the code itself when the browser cannot name it. */
function countryName(code: string): string {
  const locale = displayLocale()
  try {
    let names = regionNames.get(locale ?? '')
    if (!names) {
      names = new Intl.DisplayNames(locale, { type: 'region' })
      regionNames.set(locale ?? '', names)
    }
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** An address as it would be written on an envelope, one line each; empty parts left out. */
export function PostalAddress({ address }: { address: Address }) {
  const lines = [
    address.line1,
    address.line2,
    [address.city, address.state, address.postal_code].filter(Boolean).join(', '),
    countryName(address.country),
  ].filter((line): line is string => Boolean(line))
  return (
    <address>
      {lines.map((line, i) => (
        <span key={i} className="address-line">
          {line}
        </span>
      ))}
    </address>
  )
}
