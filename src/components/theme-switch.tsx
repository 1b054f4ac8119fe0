import { useLingui } from '@lingui/react/macro'
import type { ThemePreference } from '@/lib/preferences/device-preference'
import { useThemePreference } from '@/lib/preferences/use-theme-preference'

/**
 * "Appearance: System / Light / Dark", a native select in its label: one tab stop, arrow keys and
 * type-ahead as in any select, announced with its label, and as small as the header's user area needs
 * on a phone. System follows the device's light or dark setting.
 */
export function ThemeSwitch() {
  const { t } = useLingui()
  const [preference, choose] = useThemePreference()
  return (
    <label className="preference-select theme-switch">
      {t`Appearance`}
      {/* Its value can only be one of its own options. */}
      <select value={preference} onChange={(event) => choose(event.target.value as ThemePreference)}>
        <option value="system">{t({ message: 'System', comment: 'Appearance: follow the device’s light or dark setting' })}</option>
        <option value="light">{t({ message: 'Light', comment: 'Appearance: the light colour scheme' })}</option>
        <option value="dark">{t({ message: 'Dark', comment: 'Appearance: the dark colour scheme' })}</option>
      </select>
    </label>
  )
}
