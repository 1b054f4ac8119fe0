/*
 * How much the fake API promises. By default exactly what the docs say (`documented`): lists must name
 * the client, an unfiltered invoice list answers drafts too, and list meta is the docs' own. The
 * `api-extensions` scenario switches on the portal's inferred extras (lists scoped by the token alone,
 * no drafts, per-currency totals in the meta), which the portal may use only as a fast path.
 */
export type ApiFlavour = 'documented' | 'extensions'

let current: ApiFlavour = 'documented'

export function apiFlavour(): ApiFlavour {
  return current
}

/** Switches the flavour; answers how to switch back. */
export function setApiFlavour(flavour: ApiFlavour): () => void {
  const before = current
  current = flavour
  return () => {
    current = before
  }
}
