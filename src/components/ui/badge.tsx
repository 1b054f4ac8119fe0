export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

/** A glyph per tone, so status reads by shape and word, never by colour alone. */
const GLYPHS: Record<BadgeTone, string> = { neutral: '○', info: '●', success: '✓', warning: '◆', danger: '!' }

export function Badge({ tone, children }: { tone: BadgeTone; children: string }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-glyph">
        {GLYPHS[tone]}
      </span>
      {children}
    </span>
  )
}
