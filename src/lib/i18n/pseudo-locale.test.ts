import { compileMessage } from '@lingui/message-utils/compileMessage'
import { i18n as linguiI18n, setupI18n } from '@lingui/core'
import { pseudoMessage, pseudoMessages } from './pseudo-locale'

/** A message as the pseudo-locale shows it, through Lingui itself. */
function shown(message: string, values?: Record<string, unknown>) {
  const i18n = setupI18n({ locale: 'en-XA', messages: { 'en-XA': pseudoMessages({ id: compileMessage(message) }) } })
  return i18n._('id', values)
}

describe('the pseudo-locale', () => {
  it('accents every letter, pads by 40 % of them and brackets the message', () => {
    expect(shown('Download PDF')).toBe('[Ðöŵñļöåð ÞÐƑ·····]')
    // 11 letters: ceil(4.4) = 5 dots.
    expect(shown('Download PDF').replace(/[^·]/g, '')).toHaveLength(5)
  })

  it('keeps placeholders, plural branches and the number sign working', () => {
    expect(shown('Invoice {number}', { number: 'INV-7' })).toBe('[Îñṽöîçé INV-7···]')
    const plural = '{count, plural, one {# invoice overdue} other {# invoices overdue}}'
    // The longer branch has 15 letters: ceil(6) = 6 dots, whichever branch shows.
    expect(shown(plural, { count: 1 })).toBe('[1 îñṽöîçé öṽéŕðûé······]')
    expect(shown(plural, { count: 3 })).toMatch(/^\[3 îñṽöîçéš öṽéŕðûé·+\]$/)
  })

  it('leaves the tags that wrap elements as they are', () => {
    expect(pseudoMessage(compileMessage('Signed in as <0>{name}</0>'))).toEqual(['[', 'Šîĝñéð îñ åš <0>', ['name'], '</0>', '····]'])
  })

  it('leaves no plain letter in any message of the English catalog', async () => {
    const { messages } = await import('@/locales/en/messages.po')
    const pseudo = pseudoMessages(messages)
    linguiI18n.load('en-XA', pseudo)
    for (const id of Object.keys(messages)) {
      const text = JSON.stringify(pseudo[id]).replace(/<\/?\d+\/?>/g, '')
      // Only the placeholders' names (["name"], ["count","plural",{"one":…}]) may keep plain letters.
      const withoutNames = text.replace(/\["[\w.]+"(,"(plural|select|selectordinal|number|date)")?/g, '').replace(/"(zero|one|two|few|many|other|=\d+)":/g, '')
      expect(withoutNames, id).not.toMatch(/[a-zA-Z]/)
    }
  })
})
