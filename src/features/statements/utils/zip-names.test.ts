import { uniqueZipNames, zipEntryStem } from './zip-names'

describe('zip entry names', () => {
  it('never hold a path, a control or bidi character, or a leading dot', () => {
    expect(zipEntryStem('../../etc/passwd')).toBe('-..-etc-passwd')
    expect(zipEntryStem('C:\\Windows\\x')).toBe('C--Windows-x')
    expect(zipEntryStem('INV\u0000-\u001f1\u007f')).toBe('INV---1-')
    expect(zipEntryStem('INV-2026-\u202E1220')).toBe('INV-2026-1220')
    expect(zipEntryStem('.hidden')).toBe('hidden')
    expect(zipEntryStem('...')).toBe('invoice')
    expect(zipEntryStem('')).toBe('download')
    expect(zipEntryStem('x'.repeat(300))).toHaveLength(100)
    for (const name of ['a/b', 'a\\b', '/abs', 'a\nb', 'a\rb', 'a\tb']) expect(zipEntryStem(name)).not.toMatch(/[/\\\p{Cc}]/u)
  })

  it('are unique, also once sanitized and regardless of case', () => {
    expect(uniqueZipNames(['INV-1', 'INV-1', 'inv-1', 'INV/2', 'INV:2', 'INV-3'], '.pdf')).toEqual([
      'INV-1.pdf',
      'INV-1 (2).pdf',
      'inv-1 (3).pdf',
      'INV-2.pdf',
      'INV-2 (2).pdf',
      'INV-3.pdf',
    ])
    expect(uniqueZipNames(['statement'], '.csv', ['statement.csv'])).toEqual(['statement (2).csv'])
  })
})

describe('zip entry stems, at their edges', () => {
  it('drop trailing dots and spaces, which some file systems strip and others refuse', () => {
    expect(zipEntryStem('INV-1 .')).toBe('INV-1')
    expect(zipEntryStem('INV-1...')).toBe('INV-1')
    expect(zipEntryStem('. .INV-1')).toBe('INV-1')
    expect(zipEntryStem('INV. 1')).toBe('INV. 1')
  })

  it('keep a number of exactly 100 characters whole, and cut a longer one to its first 100', () => {
    expect(zipEntryStem('x'.repeat(100))).toBe('x'.repeat(100))
    expect(zipEntryStem('y' + 'x'.repeat(150))).toBe('y' + 'x'.repeat(99))
    expect(zipEntryStem('.' + 'x'.repeat(150))).toBe('x'.repeat(100))
  })

  it('leave no trailing dot or space where the cut falls', () => {
    expect(zipEntryStem('x'.repeat(99) + '.y')).toBe('x'.repeat(99))
    expect(zipEntryStem('x'.repeat(98) + ' .y')).toBe('x'.repeat(98))
  })
})

describe('unique zip names, at their edges', () => {
  it('count on past a numbered name already taken, in any case', () => {
    expect(uniqueZipNames(['INV-1', 'INV-1'], '.pdf', ['inv-1.PDF', 'INV-1 (2).pdf'])).toEqual(['INV-1 (3).pdf', 'INV-1 (4).pdf'])
  })

  it('name a number that sanitizes to nothing after what it is', () => {
    expect(uniqueZipNames(['', '...', ''], '.pdf')).toEqual(['download.pdf', 'invoice.pdf', 'download (2).pdf'])
  })

  it('take names from any iterable, and none by default', () => {
    expect(uniqueZipNames(['a'], '.pdf', new Set(['A.pdf']))).toEqual(['a (2).pdf'])
    expect(uniqueZipNames(['a'], '.pdf')).toEqual(['a.pdf'])
    expect(uniqueZipNames([], '.pdf', ['a.pdf'])).toEqual([])
  })
})
