import { safeReturnPath, signInPath } from './return-path'

/* jsdom's page is http://localhost:3000; every expected value below is a literal. */

describe('safeReturnPath', () => {
  it.each([
    ['/', '/'],
    ['/invoices', '/invoices'],
    ['/invoices?status=overdue&status=sent', '/invoices?status=overdue&status=sent'],
    ['/invoices/inv_123#line-items', '/invoices/inv_123#line-items'],
    ['/?view=balances#top', '/?view=balances#top'],
    ['/projects/prj_1?tab=milestones&from=2026-01-01#m-3', '/projects/prj_1?tab=milestones&from=2026-01-01#m-3'],
    ['/invoices?search=%2F%2Fevil.example', '/invoices?search=%2F%2Fevil.example'],
    ['/invoices?next=//evil.example', '/invoices?next=//evil.example'],
    ['/account#/sign-in', '/account#/sign-in'],
    ['/projects/%E2%9C%93-launch', '/projects/%E2%9C%93-launch'],
    ['/invoices/inv_1%2F2', '/invoices/inv_1%2F2'],
    ['/invoices?search=100%25', '/invoices?search=100%25'],
    ['/projects/new%20site', '/projects/new%20site'],
    // Encoded three times over still settles within the rounds allowed, as does a dot segment that
    // only the last round allowed uncovers (four encodings deep, it is /invoices/x/../b: on this origin).
    ['/invoices/a%252541', '/invoices/a%252541'],
    ['/invoices/x/%2525252e%2525252e/b', '/invoices/x/%2525252e%2525252e/b'],
  ])('keeps the same-origin path %j as it is', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected)
  })

  it.each([
    // Nothing, or not a path
    [null],
    [undefined],
    [''],
    ['invoices'],
    ['?returnTo=/'],
    ['#/invoices'],
    // Absolute and scheme URLs
    ['https://evil.example/phish'],
    ['http://localhost:3000/invoices'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    // Protocol-relative and backslash tricks
    ['//evil.example/phish'],
    ['///evil.example/phish'],
    ['/\\evil.example/phish'],
    ['\\\\evil.example/phish'],
    ['/\\/evil.example'],
    // Dot segments that normalise to `//`
    ['/.//evil.example/phish'],
    ['/./\\evil.example'],
    ['/x/..//evil.example/phish'],
    ['/x/%2e%2e//evil.example/phish'],
    ['/x/%2E%2E//evil.example/phish'],
    ['/x/.%2e//evil.example/phish'],
    ['/%2e//evil.example/phish'],
    // Encoded slashes and backslashes
    ['/%2F%2Fevil.example'],
    ['/%2f%2fevil.example/phish'],
    ['/%2F/evil.example'],
    ['/%5Cevil.example'],
    ['/%5cevil.example'],
    ['/x/%5C..%5C..%5C/evil.example'],
    ['/%252F%252Fevil.example'],
    // Tabs and newlines, which URL parsing strips
    ['/\t/evil.example/phish'],
    ['/\n/evil.example/phish'],
    ['/\r\n/evil.example/phish'],
    ['/.\t//evil.example/phish'],
    ['/invoices\nSet-Cookie: x=1'],
    ['/ /evil.example'],
    // Control characters and backslashes that no URL parsing removes, raw or encoded
    ['/invoices\x01x'],
    ['/invoices\x7fx'],
    ['/invoices\\x'],
    ['/invoices%01x'],
    ['/invoices%7Fx'],
    ['/invoices%5Cx'],
    // This origin written as a protocol-relative URL, or reached through a dot segment
    ['//localhost:3000/invoices'],
    ['/.//localhost:3000/invoices'],
    // A dot segment that appears only once decoded
    ['/%252e//evil.example/phish'],
    // Still encoded after the rounds allowed
    ['/invoices/a%25252541'],
    // Percent-encoding that does not decode
    ['/invoices/%E0%A4%A'],
    ['/invoices/100%'],
    // Pages that would loop or replay a sign-in
    ['/sign-in'],
    ['/sign-in?x'],
    ['/sign-in?returnTo=/invoices'],
    ['/sign-in/'],
    ['/x/../sign-in'],
    ['/%73ign-in'],
    ['/auth/callback'],
    ['/auth/callback?code=abc&state=def'],
    ['/x/../auth/callback'],
  ])('sends %j to the overview', (raw) => {
    expect(safeReturnPath(raw)).toBe('/')
  })
})

describe('signInPath', () => {
  it('carries a safe return path, and drops an unsafe one', () => {
    expect(signInPath('/invoices?status=overdue', 'expired')).toBe('/sign-in?reason=expired&returnTo=%2Finvoices%3Fstatus%3Doverdue')
    expect(signInPath('/.//evil.example/phish', 'expired')).toBe('/sign-in?reason=expired')
    expect(signInPath('/')).toBe('/sign-in')
  })
})
