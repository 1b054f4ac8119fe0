// Allowed: the app composing a feature through its public module.
import { alphaValue } from '@/features/alpha'

export const page = alphaValue
