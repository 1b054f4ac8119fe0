// Refused: the boot reaching past a feature's public module.
import { alphaValue } from '@/features/alpha/alpha-value'

export const early = alphaValue
