// Refused: a feature depending on the boot, which starts the app.
import { bootValue } from '@/boot/boot-value'

export const late = bootValue
