import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfText = {
  pages: number
  /** Every text run of every page, in order, as pdf.js reads them (a run is a word or a line's piece). */
  items: string[]
  /** All of it, the runs joined with spaces. */
  text: string
  /** Whether the text holds `words`, whatever the spacing (a ligature such as "fi" is a run of its own). */
  holds: (words: string) => boolean
}

const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

/**
 * The text of a PDF, read by pdf.js (its legacy build, which runs on Node 20): what a person copying
 * from the printed page would get, not what the HTML held.
 */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise
  try {
    const items: string[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      for (const item of content.items) if ('str' in item && item.str.trim() !== '') items.push(item.str.trim())
    }
    const text = items.join(' ')
    const all = flat(text)
    return { pages: document.numPages, items, text, holds: (words) => all.includes(flat(words)) }
  } finally {
    await document.destroy()
  }
}
