import { safeFilename } from '@/features/invoices'

/** Long enough for any real invoice number, short enough for every file system's 255-byte limit. */
const MAX_STEM = 100

/**
 * A zip entry's name for an invoice number: never a path (no `/`, `\`, drive letter or leading dot,
 * so nothing can unpack outside the folder or hide), never a control or bidi character, never empty.
 */
export function zipEntryStem(number: string): string {
  const stem = safeFilename(number)
    .replace(/\p{Cc}/gu, '-')
    .replace(/^[.\s]+/, '')
    .slice(0, MAX_STEM)
    // After the cut, which could otherwise leave a trailing dot or space (Windows drops them, merging names).
    .replace(/[.\s]+$/, '')
  return stem || 'invoice'
}

/**
 * `<number>.pdf` for each invoice, in order, each name once: a second `INV-1` (or one that only
 * becomes the same once sanitized, or differs only in case, which some file systems ignore) is
 * `INV-1 (2).pdf`.
 */
export function uniqueZipNames(numbers: readonly string[], extension: string, taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()))
  return numbers.map((number) => {
    const stem = zipEntryStem(number)
    let name = `${stem}${extension}`
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) name = `${stem} (${copy})${extension}`
    used.add(name.toLowerCase())
    return name
  })
}
