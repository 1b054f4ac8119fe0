// The alpha feature's public module.
export { alphaValue } from './alpha-value'
