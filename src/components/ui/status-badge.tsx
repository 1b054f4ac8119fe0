import { Badge, type BadgeTone } from './badge'

export type StatusLook = { tone: BadgeTone; label: string }

const UNKNOWN: StatusLook = { tone: 'neutral', label: 'Unknown status' }

/**
 * A status as a badge. The API may add a status the portal has never heard of (`refunded`,
 * `on_hold`): it reads "Unknown status" in neutral, never a crash. A Map, not an object, so a status
 * named `constructor` or `__proto__` finds nothing rather than a prototype's property.
 */
export function StatusBadge({ status, looks }: { status: string; looks: ReadonlyMap<string, StatusLook> }) {
  const { tone, label } = looks.get(status) ?? UNKNOWN
  return <Badge tone={tone}>{label}</Badge>
}

/** A status table typed by its enum (so a new member must be given a look), as a Map. */
export function statusLooks<S extends string>(looks: Record<S, StatusLook>): ReadonlyMap<string, StatusLook> {
  return new Map(Object.entries<StatusLook>(looks))
}
