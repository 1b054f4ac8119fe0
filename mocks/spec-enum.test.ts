import { isOneOf, specEnum } from './spec-enum'

type Colour = 'red' | 'green' | 'blue'

// The checks are compile-time: `tsc --noEmit` covers this file, and an unused @ts-expect-error fails it,
// so each line below proves a list that drifted from its enum does not compile.
describe('specEnum', () => {
  it('takes a list naming every value of the enum, in any order', () => {
    expect(specEnum<Colour>()(['blue', 'red', 'green'])).toEqual(['blue', 'red', 'green'])
  })

  it('does not compile a list that leaves a value out, or names one the enum lacks', () => {
    // @ts-expect-error -- 'blue' is missing, as a status added to openapi.yaml would be
    const short = specEnum<Colour>()(['red', 'green'])
    // @ts-expect-error -- 'purple' is not a Colour, as a status dropped from openapi.yaml would not be
    const long = specEnum<Colour>()(['red', 'green', 'blue', 'purple'])
    expect([short, long]).toHaveLength(2)
  })

  it('narrows a query value to the enum', () => {
    const colours = specEnum<Colour>()(['red', 'green', 'blue'])
    expect(isOneOf(colours, 'green')).toBe(true)
    expect(isOneOf(colours, 'Green')).toBe(false)
    expect(isOneOf(colours, '')).toBe(false)
  })
})
