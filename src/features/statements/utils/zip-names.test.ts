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
