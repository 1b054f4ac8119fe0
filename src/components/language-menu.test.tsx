import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SEED } from '../../mocks/seed/ids'
import { readLanguagePreference } from '@/lib/preferences/device-preference'
import { I18nWrapper } from '@/test/i18n-wrapper'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'
import { LanguageMenu } from './language-menu'

describe('the language menu', () => {
  it('lists each language in its own words and marked with its lang, at English by default', () => {
    render(<LanguageMenu />, { wrapper: I18nWrapper })
    const menu = screen.getByRole('combobox', { name: 'Language' })
    expect(menu).toHaveValue('en')
    const options = screen.getAllByRole('option')
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')]).slice(0, 3)).toEqual([
      ['English', 'en'],
      ['Deutsch', 'de'],
      ['العربية', 'ar'],
    ])
  })

  it('speaks German at once when chosen, and remembers it on this device', async () => {
    const user = userEvent.setup()
    render(<LanguageMenu />, { wrapper: I18nWrapper })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de')
    expect(await screen.findByRole('combobox', { name: 'Sprache' })).toHaveValue('de')
    expect(document.documentElement.lang).toBe('de')
    expect(document.documentElement.dir).toBe('ltr')
    expect(readLanguagePreference()).toBe('de')
  })

  it('turns the page right to left for Arabic', async () => {
    const user = userEvent.setup()
    render(<LanguageMenu />, { wrapper: I18nWrapper })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar')
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toHaveValue('ar')
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(document.documentElement).toHaveAttribute('lang', 'ar')
  })
})

describe('the language menu in the app', () => {
  it('keeps the focus when the page is rendered anew in the chosen language', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    renderRoute('/account')
    const menu = await screen.findByRole('combobox', { name: 'Language' })
    await user.selectOptions(menu, 'de')
    const german = await screen.findByRole('combobox', { name: 'Sprache' })
    expect(german).not.toBe(menu)
    expect(german).toHaveFocus()
  })
})
