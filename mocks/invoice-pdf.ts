import type { components } from '../src/lib/api/schema'

type InvoiceDetail = components['schemas']['InvoiceDetail']

/** PDF string literals escape these three; anything outside Latin-1 becomes '?' in the base font. */
function pdfText(value: string): string {
  return value.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')
}

/**
 * A small but valid one-page PDF naming the invoice and its figures, so a download can be checked as a
 * real PDF (header, objects, cross-reference table) without a PDF library in the fake backend. All
 * ASCII, so string offsets are byte offsets.
 */
export function renderInvoicePdf(invoice: InvoiceDetail): string {
  const lines = [
    `Invoice ${invoice.number}`,
    `Client: ${invoice.client.name}`,
    `Issued ${invoice.issue_date}, due ${invoice.due_date}`,
    `Total: ${invoice.total} ${invoice.currency} (minor units)`,
    `Paid: ${invoice.amount_paid} ${invoice.currency} (minor units)`,
  ]
  const text = lines.map((line, i) => `BT /F1 12 Tf 56 ${760 - i * 20} Td (${pdfText(line)}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${offset.toString().padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return body
}
