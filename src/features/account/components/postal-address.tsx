import type { Address } from '@/lib/api/types'

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? code
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
