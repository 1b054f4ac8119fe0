import { StrictMode, useId, useRef, useState, useSyncExternalStore, type FormEvent, type KeyboardEvent } from 'react'
import { createRoot } from 'react-dom/client'
import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from '../scenarios'
import { addressWithScenario } from '../scenarios/scenario-choice'
import './dev-panel.css'

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/**
 * The mock API's switchboard, in `npm run dev` only: a small disclosure button that names the running
 * scenario and opens a choice of the others. Choosing one reloads the page under it. It lives outside
 * the app's React tree and markup (its own root, after #root), so no app code knows about it.
 */
function DevPanel({ current }: { current: ScenarioName | null }) {
  const [open, setOpen] = useState(false)
  const [choice, setChoice] = useState<ScenarioName | 'none'>(current ?? 'none')
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine)
  const toggle = useRef<HTMLButtonElement>(null)
  const id = useId()

  const close = () => {
    setOpen(false)
    toggle.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close()
  }
  const apply = (event: FormEvent) => {
    event.preventDefault()
    window.location.assign(addressWithScenario(window.location, choice === 'none' ? null : choice))
  }

  return (
    <aside className="mock-panel" aria-label="Mock API" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="mock-panel-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => {
          setChoice(current ?? 'none')
          setOpen(!open)
        }}
      >
        Mock API: {current ?? 'normal'}
        {!online && ' · offline'}
      </button>
      <form id={`${id}-body`} className="mock-panel-body" hidden={!open} onSubmit={apply}>
        <fieldset>
          <legend>Fault scenario</legend>
          {[null, ...SCENARIO_NAMES].map((name) => {
            const value = name ?? 'none'
            return (
              <div key={value} className="mock-panel-option">
                <input
                  type="radio"
                  name="scenario"
                  id={`${id}-${value}`}
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                  aria-describedby={`${id}-${value}-summary`}
                />
                <label htmlFor={`${id}-${value}`}>{name ?? 'none'}</label>
                <span id={`${id}-${value}-summary`} className="mock-panel-summary">
                  {name ? SCENARIOS[name].summary : 'The fake API behaves.'}
                </span>
              </div>
            )
          })}
        </fieldset>
        <p className="mock-panel-actions">
          <button type="submit">Reload with this scenario</button>
          <button type="button" onClick={close}>
            Close
          </button>
        </p>
      </form>
    </aside>
  )
}

/** Mounts the panel into its own element at the end of the page, after the app's #root. */
export function mountDevPanel(current: ScenarioName | null): void {
  const host = document.createElement('div')
  host.id = 'mock-dev-panel'
  document.body.append(host)
  createRoot(host).render(
    <StrictMode>
      <DevPanel current={current} />
    </StrictMode>,
  )
}
