import { Trans } from '@lingui/react/macro'
import './statement.css'

/** What the statement is built from, in words: a client should know what it can and cannot show. */
export function StatementAbout({ agencyName }: { agencyName: string }) {
  return (
    <div className="statement-about">
      <p>
        <Trans>
          This statement is built from your invoices as <bdi>{agencyName}</bdi> has recorded them: every invoice sent to you (not
          drafts), its total, and what has been paid on it with the date it was paid in full. Each currency has its own balance;
          amounts in different currencies are never added together. Void invoices are listed but count for nothing.
        </Trans>
      </p>
      <p>
        <Trans>
          Payments made outside the portal, such as bank transfers, appear here once <bdi>{agencyName}</bdi> records them. A part
          payment has no date of its own yet, so it is shown on today’s date, marked “date not given”.
        </Trans>
      </p>
    </div>
  )
}
