import type { Page } from '@playwright/test'
import { ORDINARY_INVOICES } from '../mocks/seed/ordinary-invoices'
import { pdfText, type PdfText } from './pdf-text'
import { CLIENTS, settled, signIn } from './support'
import { expect, test } from './test'

/*
 * Printing, as chromium prints to PDF: an invoice is one clean page (letterhead, client, number, dates,
 * lines, sums, amount due, notes) in either scheme, and no printed page carries the frame's navigation
 * or controls. The PDF's own text is read back (pdf.js), so this is what is on paper, not in the DOM.
 */

const NAVIGATION = ['Overview', 'Projects', 'Invoices', 'Account']
/** The frame's controls and notices, and the fake API's panel: none may reach paper. */
const CHROME = [
  'Sign out',
  'Appearance',
  'Signed in as',
  'Skip to content',
  'Mock API',
  'Back to invoices',
  'Download PDF',
  'Add due date to calendar',
  'Opens a secure checkout',
]

/** How often each navigation label stands alone in the page's own content (a heading "Invoices", say). */
function labelsInContent(page: Page): Promise<Record<string, number>> {
  return page.locator('main').evaluate((main, labels) => {
    const alone = [...main.querySelectorAll('*')].filter(
      (element) => labels.includes(element.textContent?.trim() ?? '') && element.children.length === 0,
    )
    return Object.fromEntries(labels.map((label) => [label, alone.filter((element) => element.textContent?.trim() === label).length]))
  }, NAVIGATION)
}

/**
 * What of the frame a printed page shows: a navigation label standing alone (as the menu's links do)
 * more often than the page's own content has it, or any of the controls' words.
 */
function frameIn(printed: PdfText, content: Record<string, number> = {}): string[] {
  const alone = NAVIGATION.flatMap((label) => {
    const count = printed.items.filter((item) => item === label).length
    return count > (content[label] ?? 0) ? [`"${label}" ×${count}`] : []
  })
  return [...alone, ...CHROME.filter((words) => printed.holds(words))]
}

/** The preference chosen with the Appearance switch, on a device set to the other scheme. */
async function choose(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' })
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption(scheme)
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme)
}

/** The colours a printed page would use, with the print media applied. */
async function printColours(page: Page) {
  await page.emulateMedia({ media: 'print' })
  const colours = await page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    text: getComputedStyle(document.querySelector('main h1') ?? document.body).color,
  }))
  await page.emulateMedia({ media: null })
  return colours
}

/**
 * An open invoice of the ordinary client with notes and a part payment (so every part of an invoice
 * is there to print), chosen from the seed; its number and amount due read off the page.
 */
async function openInvoice(page: Page) {
  const plan = ORDINARY_INVOICES.find((i) => (i.status === 'overdue' || i.status === 'sent') && i.notes && i.paidShare)
  if (!plan?.notes) throw new Error('the seed has no open, part-paid invoice with notes')
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  await page.goto(`/invoices/${plan.id}`)
  const heading = page.getByRole('heading', { level: 1, name: /^Invoice / })
  await expect(heading).toBeVisible()
  await settled(page)
  const number = ((await heading.textContent()) ?? '').replace(/^Invoice\s+/, '').trim()
  const amountDue = ((await page.locator('dd.invoice-sums-due').textContent()) ?? '').trim()
  const agency = ((await page.locator('.shell-brand').textContent()) ?? '').trim()
  expect(number).toMatch(/\S/)
  expect(amountDue).toMatch(/\d/)
  expect(agency).toMatch(/\S/)
  return { number, amountDue, agency, notes: plan.notes }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an invoice prints as one clean page, A4 and Letter, chosen ${scheme} scheme`, async ({ page }) => {
    const { number, amountDue, agency, notes } = await openInvoice(page)
    await choose(page, scheme)
    expect(await printColours(page)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' })

    for (const format of ['A4', 'Letter'] as const) {
      const printed = await pdfText(await page.pdf({ format }))
      expect(printed.pages, `${format}: pages`).toBe(1)
      for (const words of [`Invoice ${number}`, `Amount due ${amountDue}`, agency, `Billed to ${CLIENTS.ordinary}`, `Notes ${notes}`]) {
        expect(printed.holds(words), `${format}: "${words}" in ${printed.text}`).toBe(true)
      }
      for (const part of ['Issued', 'Due', 'Line items', 'Description', 'Subtotal', 'Total', 'Amount paid']) expect(printed.items, part).toContain(part)
      expect(frameIn(printed), format).toEqual([])
    }
  })
}

test('the overview, the lists and a project print without navigation or controls, whole tables included', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  await choose(page, 'dark')
  const agency = ((await page.locator('.shell-brand').textContent()) ?? '').trim()

  await page.goto('/projects')
  await settled(page)
  const project = await page.locator('main a[href^="/projects/"]').first().getAttribute('href')
  expect(project).toMatch(/^\/projects\/./)

  for (const path of ['/', '/invoices', '/projects', project ?? '']) {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
    await settled(page)
    // Every cell of the page's tables that is on screen (the chart's figures are for screen readers),
    // so a table cut off at the paper's edge would show. Letters and digits only: status glyphs and
    // spacing may come back from the PDF otherwise.
    const bare = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')
    // Without the column names that a phone's invoice cards show in their cells, which paper does not.
    const cells = await page.locator(':is(main table td, main table th[scope="row"]):not(.visually-hidden *)').evaluateAll((found) =>
      found.map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement
        for (const label of copy.querySelectorAll('.cell-label')) label.remove()
        return copy.textContent ?? ''
      }),
    )
    const printed = await pdfText(await page.pdf({ format: 'A4' }))
    expect(printed.holds(agency), `${path}: ${agency}`).toBe(true)
    expect(frameIn(printed, await labelsInContent(page)), path).toEqual([])
    const paper = bare(printed.text)
    expect(cells.map(bare).filter((cell) => cell !== '' && !paper.includes(cell)), `${path}: cells missing from paper`).toEqual([])
  }

  // The check can fail: the same page printed as the screen shows it has the frame all over it.
  await page.emulateMedia({ media: 'screen' })
  const asOnScreen = await pdfText(await page.pdf({ format: 'A4' }))
  await page.emulateMedia({ media: null })
  expect(frameIn(asOnScreen, await labelsInContent(page))).toEqual(expect.arrayContaining(['"Overview" ×1', 'Sign out', 'Appearance']))
})
