import { isLoopbackHost, isSecureUrl } from './secure-url'

describe('isSecureUrl', () => {
  it('takes https anywhere, and plain http only on this machine', () => {
    expect(isSecureUrl(new URL('https://checkout.stripe.com/pay'))).toBe(true)
    for (const local of ['http://localhost:5173/', 'http://127.0.0.1:4100/v1', 'http://[::1]:8080/']) expect(isSecureUrl(new URL(local)), local).toBe(true)
    expect(isSecureUrl(new URL('http://checkout.example.com/'))).toBe(false)
    expect(isSecureUrl(new URL('http://localhost.example.com/'))).toBe(false)
    expect(isSecureUrl(new URL('javascript:alert(1)'))).toBe(false)
    expect(isSecureUrl(new URL('data:text/html,<p>'))).toBe(false)
  })

  it('names this machine by its loopback names only', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true)
    expect(isLoopbackHost('127.0.0.2')).toBe(false)
  })
})
