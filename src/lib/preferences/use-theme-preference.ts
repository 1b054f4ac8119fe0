import { useSyncExternalStore } from 'react'
import { asThemePreference, readThemePreference, THEME_STORAGE_KEY, writeThemePreference, type ThemePreference } from './device-preference'

/*
 * The page's scheme is `<html data-theme>`, which theme.css reads: 'light' or 'dark', or no attribute
 * for the device's own (`prefers-color-scheme`). index.html's first script sets it from storage before
 * the first paint. From then on the attribute is the store: this module changes it (a choice here, a
 * choice in another tab) and tells every switch on the page.
 */

const listeners = new Set<() => void>()

/** What the page shows now. */
const shownPreference = (): ThemePreference => asThemePreference(document.documentElement.dataset.theme)

/** Shows a preference (sets `<html data-theme>`, or for 'system' removes it) and tells every switch. */
function show(preference: ThemePreference): void {
  const root = document.documentElement
  if (preference === 'system') delete root.dataset.theme
  else root.dataset.theme = preference
  listeners.forEach((listener) => listener())
}

/** Shows the stored choice, where the page shows another. */
function showStored(): void {
  const stored = readThemePreference()
  if (stored !== shownPreference()) show(stored)
}

/** Tells `listener` of every change from now on, once the page shows what is stored. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // A choice another tab made after index.html's script ran but before anything here listened.
  showStored()
  return () => listeners.delete(listener)
}

// A choice in another tab arrives as a `storage` event (`key` null: its storage was cleared). Listened
// to for as long as the app runs, switch or none, so the page follows even where no switch is shown.
window.addEventListener('storage', (event) => {
  if (event.key === THEME_STORAGE_KEY || event.key === null) showStored()
})

/** A choice made here: stored for the next visit (where storage works) and shown at once. */
function chooseThemePreference(next: ThemePreference): void {
  writeThemePreference(next)
  show(next)
}

/**
 * The device's appearance preference, as the page shows it, and a way to change it: the choice is
 * stored for the next visit, shown at once, and followed when another tab changes it.
 */
export function useThemePreference(): [ThemePreference, (next: ThemePreference) => void] {
  return [useSyncExternalStore(subscribe, shownPreference), chooseThemePreference]
}
