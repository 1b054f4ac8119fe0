import { render, screen } from '@testing-library/react'
import { ApiIdentifier } from './api-identifier'
import { I18nWrapper } from '@/test/i18n-wrapper'

describe('ApiIdentifier', () => {
  it('isolates an ordinary identifier and adds nothing', () => {
    const { container } = render(<a href="/x">Invoice <ApiIdentifier value="INV-2026-0042" /></a>, { wrapper: I18nWrapper })
    expect(container.querySelector('bdi')).toHaveTextContent(/^INV-2026-0042$/)
    expect(screen.getByRole('link')).toHaveAccessibleName('Invoice INV-2026-0042')
    expect(container).not.toHaveTextContent('⚠')
  })

  it('removes bidi controls, and says visibly and in words that it did', () => {
    const { container } = render(<a href="/x">Invoice <ApiIdentifier value={'INV-2026-\u202E1220\u2066'} /></a>, { wrapper: I18nWrapper })
    expect(container.querySelector('bdi')!.textContent).toBe('INV-2026-1220')
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
    expect(container).toHaveTextContent('⚠')
    expect(screen.getByRole('link')).toHaveAccessibleName('Invoice INV-2026-1220 (hidden characters removed)')
  })
})
