import { readThemePreference, THEME_STORAGE_KEY, writeThemePreference } from './device-preference'

/** Storage as a disabled one behaves: even reading `window.localStorage` throws. */
function disableStorage() {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    },
  })
  return () => {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor)
    else Reflect.deleteProperty(window, 'localStorage')
  }
}

describe('the theme preference, as this device stores it', () => {
  it('is stored under portal.theme, the one key this module owns', () => {
    expect(THEME_STORAGE_KEY).toBe('portal.theme')
    writeThemePreference('dark')
    expect(localStorage.getItem('portal.theme')).toBe('dark')
    expect(Object.keys(localStorage)).toEqual(['portal.theme'])
  })

  it.each([['light'], ['dark'], ['system']] as const)('reads %s back as stored', (value) => {
    localStorage.setItem('portal.theme', value)
    expect(readThemePreference()).toBe(value)
  })

  it('is system when nothing is stored', () => {
    expect(readThemePreference()).toBe('system')
  })

  it.each([['purple'], [''], ['Dark'], [' dark'], ['dark '], ['null'], ['{"theme":"dark"}'], ['__proto__']])(
    'reads anything else stored (%j) as system',
    (value) => {
      localStorage.setItem('portal.theme', value)
      expect(readThemePreference()).toBe('system')
    },
  )

  it('stores light and dark, and forgets the key for system', () => {
    writeThemePreference('light')
    expect(localStorage.getItem('portal.theme')).toBe('light')
    writeThemePreference('dark')
    expect(localStorage.getItem('portal.theme')).toBe('dark')
    writeThemePreference('system')
    expect(localStorage.getItem('portal.theme')).toBeNull()
    expect(localStorage.length).toBe(0)
  })

  it('leaves every other key alone', () => {
    localStorage.setItem('nextoria.fake-server', 'kept')
    writeThemePreference('dark')
    writeThemePreference('system')
    expect(localStorage.getItem('nextoria.fake-server')).toBe('kept')
  })
})

describe('storage that throws', () => {
  it('disabled altogether: reads system and writes nothing, without an error', () => {
    const restore = disableStorage()
    try {
      expect(readThemePreference()).toBe('system')
      expect(() => writeThemePreference('dark')).not.toThrow()
      expect(() => writeThemePreference('system')).not.toThrow()
    } finally {
      restore()
    }
    expect(localStorage.getItem('portal.theme')).toBeNull()
  })

  it('refusing to read: system, without an error', () => {
    localStorage.setItem('portal.theme', 'dark')
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(readThemePreference()).toBe('system')
  })

  it('full, or refusing to write: no error, and nothing half-written', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => writeThemePreference('light')).not.toThrow()
    expect(() => writeThemePreference('system')).not.toThrow()
    expect(readThemePreference()).toBe('system')
  })
})
