// Refused: another feature's internals, by a relative path.
import { alphaValue } from '../alpha/alpha-value'

export const betaRelative = alphaValue
