import './statement.css'

/** What the statement is built from, in words: a client should know what it can and cannot show. */
export function StatementAbout({ agencyName }: { agencyName: string }) {
  return (
    <div className="statement-about">
      <p>
        This statement is built from your invoices as {agencyName} has recorded them: every invoice sent to you (not drafts), its
        total, and what has been paid on it with the date it was paid in full. Each currency has its own balance; amounts in
        different currencies are never added together. Void invoices are listed but count for nothing.
      </p>
      <p>
        Payments made outside the portal, such as bank transfers, appear here once {agencyName} records them. A part payment
        has no date of its own yet, so it is shown on today’s date, marked “date not given”.
      </p>
    </div>
  )
}
