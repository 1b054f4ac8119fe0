/* eslint-disable jsx-a11y/no-redundant-roles -- Where its box is narrow, card-table.css lays a card table's
   rows out as cards, and Safari drops a table's semantics once its parts are no longer displayed as a
   table: each part restates its role. */
import type { ReactNode, Ref } from 'react'
import './card-table.css'

/*
 * A real table that becomes a list of cards where its own box has less room than its columns need (a
 * phone, a tablet held upright, a narrow column): each row a card, each value under its column's name.
 * Scrolled sideways instead, a table kept its right-hand columns, the amounts, out of sight. Each table
 * places its cells in the card with `grid-template-areas` (its feature's stylesheet); a figure placed
 * in the card's first column takes the class `card-start`, to be read from the start there.
 */

type TableProps = { className: string; labelledBy: string; caption?: ReactNode; tableRef?: Ref<HTMLTableElement>; children: ReactNode }

/** The table in its box, which scrolls it sideways where a browser cannot make cards of it. */
export function CardTable({ className, labelledBy, caption, tableRef, children }: TableProps) {
  return (
    // A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll card-table-box" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table role="table" className={`data-table card-table ${className}`} ref={tableRef} aria-labelledby={caption ? undefined : labelledBy}>
        {caption && (
          <caption id={labelledBy} className="visually-hidden">
            {caption}
          </caption>
        )}
        {children}
      </table>
    </div>
  )
}

/** The header row: out of sight in the cards, where each cell names its column, and kept for screen readers. */
export function CardTableHead({ children }: { children: ReactNode }) {
  return (
    <thead role="rowgroup">
      <tr role="row">{children}</tr>
    </thead>
  )
}

export function ColumnHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th role="columnheader" scope="col" className={className}>
      {children}
    </th>
  )
}

export function CardTableBody({ children }: { children: ReactNode }) {
  return <tbody role="rowgroup">{children}</tbody>
}

export function CardRow({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <tr role="row" className={className}>
      {children}
    </tr>
  )
}

export function RowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th role="rowheader" scope="row" className={className}>
      {children}
    </th>
  )
}

/**
 * A value, and its column's name for the cards, where the header row is out of sight. Screen readers
 * have the column headers, so the name is hidden from them.
 */
export function Cell({ className, label, colSpan, children }: { className?: string; label?: ReactNode; colSpan?: number; children: ReactNode }) {
  return (
    // A cell of a table, not of a grid (jsx-a11y takes a <td> for a gridcell).
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={className} colSpan={colSpan}>
      {label && (
        <span className="cell-label" aria-hidden="true">
          {label}
        </span>
      )}
      {children}
    </td>
  )
}
