/*
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
 * marks (U+200E, U+200F, U+061C). None belongs in an identifier, and an override makes one read as
 * another: `INV-2026-\u202E1220` is displayed as `INV-2026-0221`.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** The text without bidi controls, and whether any were there. */
export function stripBidiControls(text: string): { text: string; removed: boolean } {
  const stripped = text.replace(BIDI_CONTROLS, '')
  return { text: stripped, removed: stripped.length !== text.length }
}
