import { useRef } from 'react'
import { Link, type LinkProps } from 'react-router-dom'

/**
 * A link that starts loading its page's data when the pointer rests on it or it gets focus, so the
 * page usually has its data by the time it is clicked. `prefetch` runs at most once per link.
 */
// React Router's own `prefetch` prop only works in framework mode; ours loads the page's queries instead.
export function PrefetchLink({ prefetch, ...props }: Omit<LinkProps, 'prefetch'> & { prefetch: () => void }) {
  const done = useRef(false)
  const start = () => {
    if (done.current) return
    done.current = true
    prefetch()
  }
  return <Link {...props} onMouseEnter={start} onFocus={start} onTouchStart={start} />
}
