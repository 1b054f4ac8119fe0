import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readThemePreference, writeThemePreference } from '@/lib/preferences/device-preference'
import { I18nWrapper } from '@/test/i18n-wrapper'
import { ThemeSwitch } from './theme-switch'

afterEach(() => {
  document.documentElement.removeAttribute('data-theme')
})

describe('the Appearance switch', () => {
  it('is a select labelled Appearance, offering System, Light and Dark, at System by default', () => {
    render(<ThemeSwitch />, { wrapper: I18nWrapper })
    const select = screen.getByRole('combobox', { name: 'Appearance' })
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['System', 'Light', 'Dark'])
    expect(select).toHaveValue('system')
    expect(screen.getByRole('option', { name: 'System' })).toHaveProperty('selected', true)
  })

  it('shows the stored choice, the page’s', () => {
    writeThemePreference('dark')
    document.documentElement.dataset.theme = 'dark'
    render(<ThemeSwitch />, { wrapper: I18nWrapper })
    expect(screen.getByRole('combobox', { name: 'Appearance' })).toHaveValue('dark')
  })

  it('is reached with Tab and changes the page’s scheme, stored for next time', async () => {
    const user = userEvent.setup()
    render(
      <>
        <button type="button">Before</button>
        <ThemeSwitch />
      </>,
      { wrapper: I18nWrapper },
    )
    await user.tab()
    await user.tab()
    const select = screen.getByRole('combobox', { name: 'Appearance' })
    expect(select).toHaveFocus()

    await user.selectOptions(select, 'Dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(readThemePreference()).toBe('dark')

    await user.selectOptions(select, 'Light')
    expect(document.documentElement.dataset.theme).toBe('light')

    await user.selectOptions(select, 'System')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    expect(readThemePreference()).toBe('system')
    expect(select).toHaveFocus()
  })

  it('labels each of two switches on one page as Appearance', () => {
    render(
      <>
        <ThemeSwitch />
        <ThemeSwitch />
      </>,
      { wrapper: I18nWrapper },
    )
    expect(screen.getAllByRole('combobox', { name: 'Appearance' })).toHaveLength(2)
  })
})
