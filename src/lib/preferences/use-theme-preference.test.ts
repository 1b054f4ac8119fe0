import { act, renderHook } from '@testing-library/react'
import { readThemePreference, THEME_STORAGE_KEY, writeThemePreference } from './device-preference'
import { useThemePreference } from './use-theme-preference'

const shown = () => document.documentElement.dataset.theme

/** What another tab's change looks like here: its write is already in storage, then the event arrives. */
function anotherTabStores(preference: 'light' | 'dark' | 'system') {
  writeThemePreference(preference)
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: preference === 'system' ? null : preference }))
  })
}

/** A choice through the hook, as a switch makes it. */
const chooseWith = (choose: (next: 'light' | 'dark' | 'system') => void, next: 'light' | 'dark' | 'system') =>
  act(() => {
    choose(next)
  })

afterEach(() => {
  document.documentElement.removeAttribute('data-theme')
})

describe('useThemePreference', () => {
  it('starts at system with nothing stored, and leaves <html> without data-theme', () => {
    const { result } = renderHook(() => useThemePreference())
    expect(result.current[0]).toBe('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
  })

  it.each([['light'], ['dark']] as const)('reads %s from the page, as index.html’s script set it from storage', (theme) => {
    writeThemePreference(theme)
    document.documentElement.dataset.theme = theme
    const { result } = renderHook(() => useThemePreference())
    expect(result.current[0]).toBe(theme)
    expect(shown()).toBe(theme)
  })

  it('catches up with a choice another tab stored before anything here listened', () => {
    // index.html's script ran with nothing stored; then another tab chose dark, before this page's switch was up.
    writeThemePreference('dark')
    const { result } = renderHook(() => useThemePreference())
    expect(shown()).toBe('dark')
    expect(result.current[0]).toBe('dark')
  })

  it('reads any other data-theme as system', () => {
    document.documentElement.dataset.theme = 'purple'
    const { result } = renderHook(() => useThemePreference())
    expect(result.current[0]).toBe('system')
  })

  it('applies a choice to <html data-theme> and stores it; system removes the attribute and the key', () => {
    const { result } = renderHook(() => useThemePreference())
    chooseWith(result.current[1], 'dark')
    expect(shown()).toBe('dark')
    expect(result.current[0]).toBe('dark')
    expect(readThemePreference()).toBe('dark')

    chooseWith(result.current[1], 'light')
    expect(shown()).toBe('light')
    expect(readThemePreference()).toBe('light')

    chooseWith(result.current[1], 'system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    expect(result.current[0]).toBe('system')
    expect(readThemePreference()).toBe('system')
  })

  it('keeps two switches on one page in step', () => {
    const first = renderHook(() => useThemePreference())
    const second = renderHook(() => useThemePreference())
    chooseWith(first.result.current[1], 'dark')
    expect(second.result.current[0]).toBe('dark')
  })

  it('follows another tab: its choice, then its return to system', () => {
    const { result } = renderHook(() => useThemePreference())
    anotherTabStores('dark')
    expect(shown()).toBe('dark')
    expect(result.current[0]).toBe('dark')

    anotherTabStores('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    expect(result.current[0]).toBe('system')
  })

  it('follows another tab clearing its storage (a storage event with no key)', () => {
    const { result } = renderHook(() => useThemePreference())
    chooseWith(result.current[1], 'dark')
    writeThemePreference('system') // what clear() leaves of this key
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }))
    })
    expect(result.current[0]).toBe('system')
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
  })

  it('ignores other keys changing in other tabs', () => {
    const { result } = renderHook(() => useThemePreference())
    chooseWith(result.current[1], 'light')
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'nextoria.fake-server', newValue: 'x' }))
    })
    expect(shown()).toBe('light')
    expect(result.current[0]).toBe('light')
  })

  it('keeps the page following another tab once no switch is shown', () => {
    const { result, unmount } = renderHook(() => useThemePreference())
    chooseWith(result.current[1], 'light')
    unmount()
    anotherTabStores('dark')
    expect(shown()).toBe('dark')
  })

  it('still shows a choice where storage refuses it (this page only)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { result } = renderHook(() => useThemePreference())
    chooseWith(result.current[1], 'dark')
    expect(shown()).toBe('dark')
    expect(result.current[0]).toBe('dark')
  })
})
