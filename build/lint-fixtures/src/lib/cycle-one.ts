// Refused: an import cycle (cycle-one → cycle-two → cycle-one).
import { two } from './cycle-two'

export const one = () => two() + 1
