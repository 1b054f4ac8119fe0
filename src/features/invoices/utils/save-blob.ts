import { stripBidiControls } from '@/lib/format/identifier'

/*
 * Some browsers still read a blob URL after `click()` has returned (the download starts on a later
 * task), so revoking at once can cancel it; a short grace period frees the memory without that risk.
 */
export const REVOKE_AFTER_MS = 30_000

/** Characters no common file system accepts in a name, and control characters. */
const UNSAFE_IN_FILENAME = /[\\/:*?"<>|\p{Cc}]/gu

/** Bidi controls are dropped, not replaced: `INV-2026-\u202E1220.pdf` would display as `INV-2026-fdp.0221`. */
export function safeFilename(name: string): string {
  return stripBidiControls(name).text.replace(UNSAFE_IN_FILENAME, '-').trim() || 'download'
}

/** Saves a blob as a file, as a download link would: an object URL behind a temporary `<a download>`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = safeFilename(filename)
  // Firefox only follows a click on a link that is in the document.
  anchor.hidden = true
  document.body.append(anchor)
  try {
    anchor.click()
  } finally {
    anchor.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}
