import { request, download } from './http'

export type ArrearsLevel = 'NONE' | 'WARNING' | 'FLAG'

/** A category's fixed monthly fee from a month on (GET /api/fees/categories). */
export interface FeeRate {
  id: number
  code: string
  name: string
  amount: number
  effectiveMonth: string
  recordedBy: string
  recordedAt: string
}

export interface FeeBasis {
  id: number
  memberId: number
  effectiveMonth: string
  salary?: number
  categoryCode?: string
  recordedBy: string
  recordedAt: string
}

export interface FeePayment {
  id: number
  memberId: number
  cellId: number
  month: string
  amount: number
  paidOn: string
  note?: string
  recordedBy: string
  recordedAt: string
  correctsId?: number
  current: boolean
}

/** One month of one member in the ledger; the server omits absent (null) fields. */
export interface LedgerMonth {
  month: string
  owed: boolean
  due?: number
  paymentId?: number
  paid?: number
  paidOn?: string
  recordedBy?: string
}

export interface LedgerMember {
  memberId: number
  fullName: string
  inCellSince?: string
  months: LedgerMonth[]
  due: number
  paid: number
  arrears: number
  unpaidMonths: number
  level: ArrearsLevel
  basisMissing: boolean
}

export interface CellFeeLedger {
  cellId: number
  cellName: string
  year: number
  members: LedgerMember[]
  due: number
  paid: number
  arrears: number
  warnings: number
  flags: number
}

export interface CellArrears {
  cellId: number
  cellName: string
  members: number
  due: number
  paid: number
  arrears: number
  warnings: number
  flags: number
}

export const feesApi = {
  ledger: (cellId: number, year: number) =>
    request<CellFeeLedger>('GET', '/api/fees/ledger', { query: { cellId, year } }),
  downloadLedger: (cellId: number, year: number) =>
    download('/api/fees/ledger/xlsx', { cellId, year }, `dang-phi-${year}-chi-bo-${cellId}.xlsx`),
  arrears: (year: number) => request<CellArrears[]>('GET', '/api/fees/arrears', { query: { year } }),
  categories: () => request<FeeRate[]>('GET', '/api/fees/categories'),
  setCategory: (body: { code: string; name: string; amount: number | null; effectiveMonth: string | null }) =>
    request<FeeRate>('POST', '/api/fees/categories', { body }),
  bases: (memberId: number) => request<FeeBasis[]>('GET', `/api/fees/members/${memberId}/bases`),
  setBasis: (memberId: number, body: { effectiveMonth: string | null; salary?: number | null; categoryCode?: string | null }) =>
    request<FeeBasis>('POST', `/api/fees/members/${memberId}/bases`, { body }),
  pay: (body: { memberId: number; month: string; amount: number | null; paidOn: string | null; note?: string }) =>
    request<FeePayment>('POST', '/api/fees/payments', { body }),
  correct: (paymentId: number, body: { amount: number | null; paidOn: string | null; reason: string }) =>
    request<FeePayment>('POST', `/api/fees/payments/${paymentId}/corrections`, { body }),
  history: (memberId: number, month: string) =>
    request<FeePayment[]>('GET', `/api/fees/members/${memberId}/payments`, { query: { month } }),
}
