import { request } from './http'

export type CorrectionState = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'REJECTED'

/** A request to correct one dossier field, as the member and the handler see it. */
export interface CorrectionLine {
  id: number
  memberId: number
  fullName: string
  cellId: number
  cellName: string
  field: string
  currentValue?: string
  proposedValue: string
  reason?: string
  state: CorrectionState
  requestedBy: string
  requestedAt: string
  handledBy?: string
  startedAt?: string
  closedAt?: string
  reply?: string
}

export interface NewCorrection {
  memberId: number
  field: string
  proposedValue: string
  reason?: string
}

export type QueueFilter = 'pending' | 'closed' | 'all'

export const correctionsApi = {
  file: (c: NewCorrection) => request<CorrectionLine>('POST', '/api/corrections', { body: c }),
  mine: () => request<CorrectionLine[]>('GET', '/api/corrections/mine'),
  queue: (state: QueueFilter = 'pending') => request<CorrectionLine[]>('GET', '/api/corrections', { query: { state } }),
  pendingCount: () => request<{ pending: number }>('GET', '/api/corrections/pending-count'),
  get: (id: number) => request<CorrectionLine>('GET', `/api/corrections/${id}`),
  start: (id: number) => request<CorrectionLine>('POST', `/api/corrections/${id}/start`, { body: {} }),
  complete: (id: number, reply?: string) =>
    request<CorrectionLine>('POST', `/api/corrections/${id}/completion`, { body: { reply: reply || undefined } }),
  reject: (id: number, reply: string) => request<CorrectionLine>('POST', `/api/corrections/${id}/rejection`, { body: { reply } }),
}
