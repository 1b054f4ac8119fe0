import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import { Badge, type BadgeTone } from './badge'

/** A status's tone and label: a `msg` descriptor, turned into text in the language spoken at render. */
export type StatusLook = { tone: BadgeTone; label: MessageDescriptor }

const UNKNOWN: StatusLook = { tone: 'neutral', label: msg`Unknown status` }

/**
 * A status as a badge. The API may add a status the portal has never heard of (`refunded`,
 * `on_hold`): it reads "Unknown status" in neutral, never a crash. A Map, not an object, so a status
 * named `constructor` or `__proto__` finds nothing rather than a prototype's property.
 */
export function StatusBadge({ status, looks }: { status: string; looks: ReadonlyMap<string, StatusLook> }) {
  const { i18n } = useLingui()
  const { tone, label } = looks.get(status) ?? UNKNOWN
  return <Badge tone={tone}>{i18n._(label)}</Badge>
}

/** A status table typed by its enum (so a new member must be given a look), as a Map. */
export function statusLooks<S extends string>(looks: Record<S, StatusLook>): ReadonlyMap<string, StatusLook> {
  return new Map(Object.entries<StatusLook>(looks))
}
