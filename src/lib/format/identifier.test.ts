import { stripBidiControls } from './identifier'

describe('stripBidiControls', () => {
  it('removes overrides, embeddings, isolates and marks, and says so', () => {
    expect(stripBidiControls('INV-2026-\u202E1220')).toEqual({ text: 'INV-2026-1220', removed: true })
    expect(stripBidiControls('\u202A\u202B\u202C\u202D\u202EA\u2066\u2067\u2068\u2069B\u200E\u200F\u061CC')).toEqual({
      text: 'ABC',
      removed: true,
    })
  })

  it('leaves ordinary text, right-to-left letters included, as it is', () => {
    expect(stripBidiControls('INV-2026-0042')).toEqual({ text: 'INV-2026-0042', removed: false })
    expect(stripBidiControls('חשבונית 12')).toEqual({ text: 'חשבונית 12', removed: false })
    expect(stripBidiControls('')).toEqual({ text: '', removed: false })
  })
})
