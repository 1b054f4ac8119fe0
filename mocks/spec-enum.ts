/*
 * The values of a string enum from the spec (ProjectStatus, InvoiceStatus…), listed at run time for the
 * fake to check a query parameter against. `specEnum<ProjectStatus>()([...])` compiles only when the
 * list names exactly the values of the generated type: one openapi.yaml adds fails `tsc` here until the
 * fake lists it, and one it drops (or a misspelt one) fails too. So the list cannot drift from the spec
 * unseen, as a plain string array would.
 */

type Unlisted<Union, List extends readonly unknown[]> = Exclude<Union, List[number]>

/** `unknown` (no constraint) when `List` names every value of `Union`; otherwise asks for the ones left out. */
type ListsEvery<Union, List extends readonly unknown[]> = [Unlisted<Union, List>] extends [never]
  ? unknown
  : { 'values missing from the list': Unlisted<Union, List> }

/** Curried so the enum is named and the list inferred: `specEnum<InvoiceStatus>()(['draft', …])`. */
export const specEnum =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: List & ListsEvery<Union, List>): readonly Union[] =>
    list

/** Narrows a query value to one of an enum's values. */
export function isOneOf<Value extends string>(values: readonly Value[], value: string): value is Value {
  return (values as readonly string[]).includes(value)
}
