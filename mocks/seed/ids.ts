/** Ids tests and handlers can name. Everything else in the seed is generated. */
export const SEED = {
  workspaceId: 'ws_brightside',
  team: {
    maya: 'user_team_maya',
    jonas: 'user_team_jonas',
    priya: 'user_team_priya',
    omar: 'user_team_omar',
  },
  clients: {
    /** Portal user, no projects, no invoices, every optional field null. */
    empty: 'client_empty',
    /** Portal user, USD only, 4 projects (one uninvited), 16 invoices in every status. */
    ordinary: 'client_ordinary',
    /** Portal user, `largeInvoiceCount` invoices in USD, JPY and EUR; long, hostile and RTL text. */
    large: 'client_large',
    /** No portal access and no user: data no portal user may ever see. */
    noPortal: 'client_noportal',
  },
  users: {
    empty: 'user_empty',
    ordinary: 'user_ordinary',
    large: 'user_large',
  },
  projects: {
    ordinaryCompleted: 'proj_ord_brand',
    ordinaryInProgress: 'proj_ord_store',
    ordinaryReview: 'proj_ord_pack',
    /** `invited: false`, with one sent invoice: the client must see neither. */
    ordinaryUninvited: 'proj_ord_catalogue',
    largeWebsite: 'proj_lg_site',
    /** Name and a milestone carry `<img src=x onerror=alert(1)>`. */
    largeHostile: 'proj_lg_xss',
    largeEmoji: 'proj_lg_launch',
    /** Hebrew name. */
    largeRtl: 'proj_lg_hebrew',
    /** Name longer than 60 characters. */
    largeLongName: 'proj_lg_erp',
    /** `budget: null`. */
    largeNoBudget: 'proj_lg_seo',
    /** `team_lead_id: null`, no start or end date. */
    largeUnscheduled: 'proj_lg_app',
    /** Start date but no end date. */
    largeOpenEnded: 'proj_lg_social',
    largeReport: 'proj_lg_report',
    largeResearch: 'proj_lg_ux',
    noPortal: 'proj_np_booth',
  },
  invoices: {
    ordinaryPaid: 'inv_ord_01',
    ordinaryVoid: 'inv_ord_04',
    /** Overdue, nothing paid. */
    ordinaryOverdue: 'inv_ord_08',
    ordinaryPartlyPaidOverdue: 'inv_ord_10',
    /** Paid, `project_id: null`, with notes. */
    ordinaryNoProject: 'inv_ord_11',
    ordinaryPartlyPaidSent: 'inv_ord_13',
    /** Sent, nothing paid, `project_id: null`. */
    ordinarySent: 'inv_ord_14',
    ordinaryDraft: 'inv_ord_15',
    /** Sent, on the uninvited project. */
    ordinaryUninvited: 'inv_ord_16',
    /** Sent, partly paid, USD, has an emoji line item. */
    largeEmojiLine: 'inv_lg_0001',
    /** Paid, notes carry `javascript:alert(1)`. */
    largeScriptNotes: 'inv_lg_0003',
    /** Paid, JPY, a line item description carries a `javascript:` link. */
    largeScriptLine: 'inv_lg_0006',
    noPortalSent: 'inv_np_03',
  },
} as const
