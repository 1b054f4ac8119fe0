import { REVOKE_AFTER_MS, safeFilename, saveBlob } from './save-blob'

describe('saveBlob', () => {
  afterEach(() => vi.useRealTimers())

  it('clicks a temporary download link to an object URL, then frees the URL', () => {
    vi.useFakeTimers()
    const createObjectURL = vi.fn(() => 'blob:http://localhost/pdf-1')
    const revokeObjectURL = vi.fn()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    const clicked: { href: string; download: string; inDocument: boolean; hidden: boolean }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this), hidden: this.hidden })
    })

    const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' })
    saveBlob(blob, 'INV-2026-0042.pdf')

    expect(createObjectURL).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([{ href: 'blob:http://localhost/pdf-1', download: 'INV-2026-0042.pdf', inDocument: true, hidden: true }])
    expect(document.querySelector('a[download]')).toBeNull()
    expect(revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(REVOKE_AFTER_MS)
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/pdf-1')
  })

  it('keeps file names free of path separators and reserved characters', () => {
    expect(safeFilename('INV/2026:01?.pdf')).toBe('INV-2026-01-.pdf')
    expect(safeFilename('  ')).toBe('download')
  })

  it('drops bidi controls, so a name cannot display as another (INV-2026-\u202E1220.pdf reads “INV-2026-fdp.0221”)', () => {
    expect(safeFilename('INV-2026-\u202E1220.pdf')).toBe('INV-2026-1220.pdf')
    expect(safeFilename('\u2067INV\u200E-\u200F1\u061C\u202A\u202B\u202C\u202D\u2066\u2068\u2069.pdf')).toBe('INV-1.pdf')
    expect(safeFilename('\u202E')).toBe('download')
  })
})
