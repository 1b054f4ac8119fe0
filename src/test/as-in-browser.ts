type ActEnvironment = { IS_REACT_ACT_ENVIRONMENT?: boolean }

/**
 * Runs `during` with React rendering as it does in a browser, when its scheduler decides, rather than
 * in act()'s batches: for looking at the screen in the middle of a slow refresh or a retry's wait
 * (what Testing Library's waitFor does while it waits, for the same reason).
 */
export async function asInBrowser<T>(during: () => Promise<T>): Promise<T> {
  const environment = globalThis as ActEnvironment
  const previous = environment.IS_REACT_ACT_ENVIRONMENT
  environment.IS_REACT_ACT_ENVIRONMENT = false
  try {
    return await during()
  } finally {
    environment.IS_REACT_ACT_ENVIRONMENT = previous
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
