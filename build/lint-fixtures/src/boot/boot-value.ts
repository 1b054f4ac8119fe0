// Allowed: the boot reaches a feature through its public module.
import { alphaValue } from '@/features/alpha'

export const bootValue = alphaValue
