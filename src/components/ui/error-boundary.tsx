import { Component, type ReactNode } from 'react'

type Props = { fallback: (error: unknown, reset: () => void) => ReactNode; onReset?: () => void; children: ReactNode }
type State = { error: unknown; failed: boolean }

/** Contains a failure to the part of the page that failed; `reset` tries that part again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: null, failed: false })
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children
  }
}
