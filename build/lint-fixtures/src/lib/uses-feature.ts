// Refused: shared code depending on a feature, even its public module.
import { alphaValue } from '@/features/alpha'

export const shared = alphaValue
