// Allowed: another feature, through its public module.
import { alphaValue } from '@/features/alpha'

export const betaValue = alphaValue + 1
