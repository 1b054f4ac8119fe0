import type { DbLineItem } from '../db-types'
import { item, type InvoiceStatus } from './invoices'

// What the large client's generated invoices are made of.

type CatalogItem = { description: string; unitPrice: number; quantities: readonly number[] }

/** Unit prices in each currency's minor unit: cents for USD and EUR, whole yen for JPY (it has no minor unit). */
export const CATALOG: Record<'USD' | 'JPY' | 'EUR', readonly CatalogItem[]> = {
  USD: [
    { description: 'Design — hours', unitPrice: 12_500, quantities: [1.5, 4, 7.5, 12, 20] },
    { description: 'Front-end development — hours', unitPrice: 15_000, quantities: [6, 10.5, 16, 32, 40] },
    { description: 'Project management — hours', unitPrice: 9_500, quantities: [2, 3.5, 6, 8] },
    { description: 'Stock photography licence', unitPrice: 4_900, quantities: [1, 3, 5] },
    { description: 'Hosting and maintenance (monthly)', unitPrice: 29_900, quantities: [1, 3] },
    { description: '☕ Workshop catering 🍩', unitPrice: 18_000, quantities: [1] },
  ],
  JPY: [
    { description: 'UIデザイン（時間）', unitPrice: 15_000, quantities: [2, 4.5, 8, 16] },
    { description: 'Localisation review — hours', unitPrice: 12_000, quantities: [3, 5.5, 10] },
    { description: 'Print production (per 100 copies)', unitPrice: 85_000, quantities: [1, 2, 5] },
    { description: 'Translation, per 1,000 words', unitPrice: 18_000, quantities: [1, 2.5, 4] },
  ],
  EUR: [
    { description: 'Content strategy — days', unitPrice: 90_000, quantities: [1, 2, 3.5] },
    { description: 'Copywriting (German) — hours', unitPrice: 11_000, quantities: [4, 8.5, 15] },
    { description: 'Social media assets', unitPrice: 45_000, quantities: [1, 2] },
  ],
}

export const CURRENCY_WEIGHTS = [
  ['USD', 6],
  ['JPY', 3],
  ['EUR', 2],
] as const satisfies readonly (readonly [keyof typeof CATALOG, number])[]

export const TAX_RATES: Record<keyof typeof CATALOG, readonly number[]> = {
  USD: [0, 0.08, 0.08],
  JPY: [0.1],
  EUR: [0.2, 0],
}

export const LARGE_NOTES = [
  'PO 4500-1187 must appear on the remittance.',
  'Tokyo office: please pay by bank transfer to the account on file.',
  'Includes the change requests agreed on the last call.',
  'Net 30. Thank you for your business.',
]

type PinnedInvoice = {
  status: InvoiceStatus
  currency: keyof typeof CATALOG
  partlyPaid?: boolean
  notes?: string
  extraItem?: DbLineItem
}

export const PINNED_LARGE_INVOICES: readonly PinnedInvoice[] = [
  { status: 'sent', currency: 'USD', partlyPaid: true, extraItem: item('🎉 Launch party photography 📸', 1, 45_000) },
  { status: 'overdue', currency: 'JPY', partlyPaid: true },
  { status: 'paid', currency: 'USD', notes: 'Pay online: javascript:alert(1)' },
  { status: 'void', currency: 'JPY' },
  { status: 'draft', currency: 'USD' },
  { status: 'paid', currency: 'JPY', extraItem: item('Specs: [open the brief](javascript:alert(1))', 1, 30_000) },
  { status: 'sent', currency: 'EUR' },
  { status: 'overdue', currency: 'USD', partlyPaid: true },
]
