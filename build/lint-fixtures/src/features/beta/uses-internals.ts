// Refused: another feature's internals, by alias.
import { alphaValue } from '@/features/alpha/alpha-value'

export const betaInternal = alphaValue
