import type { components } from './schema'

/** Friendly names for the contract's schemas; fields stay snake_case as the API sends them. */
type Schemas = components['schemas']

export type Client = Schemas['Client']
export type Address = Schemas['Address']
export type Project = Schemas['Project']
export type ProjectDetail = Schemas['ProjectDetail']
export type ProjectStatus = Schemas['ProjectStatus']
export type Milestone = Schemas['Milestone']
export type Invoice = Schemas['Invoice']
export type InvoiceDetail = Schemas['InvoiceDetail']
export type InvoiceStatus = Schemas['InvoiceStatus']
export type LineItem = Schemas['LineItem']
export type CurrencyTotals = Schemas['CurrencyTotals']
export type Me = Schemas['Me']
export type Workspace = Schemas['Workspace']
export type ErrorEnvelope = Schemas['Error']
