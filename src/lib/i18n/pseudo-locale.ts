import type { Messages } from '@lingui/core'

/*
 * The pseudo-locale: English with every letter accented, 40 % longer and each message in brackets,
 * "[Ðöŵñļöåð ÞÐƑ·····]". A page in it shows at a glance text that no catalog gave (plain letters),
 * text cut off or overflowing when a language runs longer than English, and where one message ends.
 * Made from the English catalog, so it always has every message; development and tests only.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
)

/** A message's parts as Lingui compiles them: text, `[name]`, or `[name, 'plural', { one: [...], ... }]`. */
type Part = string | [string, ...unknown[]]

// `<0>`, `</0>`, `<0/>`: where a message wraps an element; they stay as they are.
const TAG = /(<\/?\d+\/?>)/
const TAGS = /<\/?\d+\/?>/g

const accent = (text: string) =>
  text
    .split(TAG)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('')

/** The letters a reader sees: a plural's or select's longest branch counts, as only one of them shows. */
const letterCount = (parts: readonly Part[]): number =>
  parts.reduce<number>((sum, part) => {
    if (typeof part === 'string') return sum + part.replace(TAGS, '').replace(/[^a-zA-Z]/g, '').length
    const options = part[2]
    if (!options || typeof options !== 'object') return sum
    const branches = Object.values(options).filter(Array.isArray) as Part[][]
    return sum + Math.max(0, ...branches.map(letterCount))
  }, 0)

function pseudoParts(parts: readonly Part[]): Part[] {
  return parts.map((part) => {
    if (typeof part === 'string') return accent(part)
    const [name, format, options, ...rest] = part
    if (!options || typeof options !== 'object') return part
    // A plural's or a select's branches are messages of their own.
    const branches = Object.fromEntries(Object.entries(options).map(([key, branch]) => [key, Array.isArray(branch) ? pseudoParts(branch as Part[]) : branch]))
    return [name, format, branches, ...rest] as Part
  })
}

/** One message in the pseudo-locale: accented, padded by 40 % of its letters, in brackets. */
export function pseudoMessage(message: string | readonly Part[]): Part[] {
  const parts: readonly Part[] = typeof message === 'string' ? [message] : message
  const padding = '·'.repeat(Math.ceil(letterCount(parts) * 0.4))
  return ['[', ...pseudoParts(parts), `${padding}]`]
}

/** The pseudo-locale's catalog, from English's. */
export function pseudoMessages(english: Messages): Messages {
  return Object.fromEntries(Object.entries(english).map(([id, message]) => [id, pseudoMessage(message as string | Part[])])) as Messages
}
