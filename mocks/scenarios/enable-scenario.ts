import { server } from '../node'
import { startScenario, type ScenarioName, type ScenarioOptions } from '.'

/**
 * Switches a fault scenario on for the rest of the test, in front of the fake API's own handlers:
 * `enableScenario('flaky')`. It can start after the page has loaded, to show what happens to data
 * already on screen. `leave()` ends it early (and every other `server.use` override with it);
 * otherwise it ends with the test.
 */
export function enableScenario<Name extends ScenarioName>(name: Name, options?: ScenarioOptions<Name>): { leave: () => void } {
  const started = startScenario(name, options)
  server.use(...started.handlers)
  let left = false
  const leave = () => {
    if (left) return
    left = true
    server.resetHandlers()
    started.leave()
  }
  onTestFinished(leave)
  return { leave }
}
