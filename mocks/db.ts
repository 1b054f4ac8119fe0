import type { Db, DbServerState, SeedData, SeedOptions } from './db-types'
import { createSeed } from './seed'

let seeded: { key: string; data: SeedData } | undefined

function seedFor(options: SeedOptions): SeedData {
  const key = JSON.stringify(options)
  if (seeded?.key !== key) seeded = { key, data: createSeed(options) }
  return seeded.data
}

const freshServerState = (): DbServerState => ({ accessTokens: [], refreshTokens: [], usedAuthCodes: [], payments: [] })

/** The live tables. Handlers mutate them; `resetDb` puts the seed back. */
export const db: Db = { ...structuredClone(seedFor({})), ...freshServerState() }

/** Back to a pristine copy of the seed, signed out: call before each test so none sees another's writes. */
export function resetDb(options: SeedOptions = {}): void {
  Object.assign(db, structuredClone(seedFor(options)), freshServerState())
}
