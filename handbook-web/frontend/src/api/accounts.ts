import { request } from './http'
import type { MemberStatus } from './types'

export type AccountState = 'ACTIVE' | 'DISABLE_PENDING' | 'DISABLED'

export interface HandbookAccount {
  id: number
  memberId: number
  username: string
  state: AccountState
  createdBy: string
  createdAt: string
  disabledAt?: string
  disabledReason?: string
}

/** One member of a cell and their handbook login, if any. */
export interface CellMemberLogin {
  memberId: number
  memberName: string
  status: MemberStatus
  eligible: boolean
  account?: HandbookAccount
}

/** What the first-login sheet prints; the temporary password exists only in this answer. */
export interface FirstLoginCard {
  accountId: number
  memberId: number
  memberName: string
  cellName: string
  username: string
  temporaryPassword: string
}

export type BatchOutcome = 'CREATED' | 'HAS_ACCOUNT' | 'NOT_ELIGIBLE' | 'UNAVAILABLE' | 'FAILED'

export interface BatchLine {
  memberId: number
  memberName: string
  outcome: BatchOutcome
  card?: FirstLoginCard
  message?: string
}

export const accountsApi = {
  ofMember: (memberId: number) => request<CellMemberLogin>('GET', `/api/accounts/members/${memberId}`),
  ofCell: (cellId: number) => request<CellMemberLogin[]>('GET', '/api/accounts', { query: { cellId } }),
  create: (memberId: number) => request<FirstLoginCard>('POST', '/api/accounts', { body: { memberId } }),
  createForCell: (cellId: number) => request<BatchLine[]>('POST', '/api/accounts/batches', { body: { cellId } }),
  disable: (id: number, reason: string | null) =>
    request<HandbookAccount>('POST', `/api/accounts/${id}/disable`, { body: { reason } }),
  enable: (id: number) => request<HandbookAccount>('POST', `/api/accounts/${id}/enable`, { body: {} }),
}
