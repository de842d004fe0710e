import { request } from './http'
import type { MemberStatus, Sex, TransferState } from './types'

/** A transfer out of the ward (GET /api/transfers/out). */
export interface OutgoingTransfer {
  id: number
  memberId: number
  memberName: string
  fromCellId: number
  fromCellName: string
  destinationName: string
  destinationLevel?: string
  destinationProvince?: string
  decisionNumber: string
  effectiveDate: string
  reason?: string
  state: TransferState
  proposedBy: string
  proposedAt: string
  decidedBy?: string
  decidedAt?: string
  decisionNote?: string
  sentAt?: string
}

/** The body of POST /api/transfers/out. */
export interface NewOutgoingTransfer {
  memberId: number
  destinationName: string
  destinationLevel: string | null
  destinationProvince: string | null
  decisionNumber: string
  date: string
  reason: string | null
}

/** What the giấy giới thiệu sinh hoạt đảng says (GET /api/transfers/out/{id}/slip). */
export interface TransferSlip {
  transferId: number
  issuedBy: string
  fromCellName: string
  decisionNumber: string
  effectiveDate: string
  state: TransferState
  sentAt?: string
  memberId: number
  memberName: string
  sex: Sex
  birthDate: string
  birthplace?: string
  residence?: string
  citizenId?: string
  partyCardNumber?: string
  admissionDate?: string
  fullMembershipDate?: string
  memberStatus: MemberStatus
  destinationName: string
  destinationLevel?: string
  destinationProvince?: string
}

export type IncomingState = 'RECEIVED' | 'CHECKED' | 'ACCEPTED' | 'REFUSED'

/** A dossier received from another organisation (GET /api/transfers/in). */
export interface IncomingDossier {
  id: number
  fullName: string
  citizenId: string
  sendingOrg: string
  slipNumber: string
  state: IncomingState
  registeredBy: string
  registeredAt: string
  slipPresent?: boolean
  dossierComplete?: boolean
  cardMatches?: boolean
  checkNote?: string
  checkedBy?: string
  checkedAt?: string
  cellId?: number
  cellName?: string
  acceptedOn?: string
  memberId?: number
  returningMember: boolean
  refusalReason?: string
  decidedBy?: string
  decidedAt?: string
  dossier: Record<string, string>
}

/** The body of POST /api/transfers/in: the 2-HSĐV fields as texts, the sender and the slip number. */
export type NewIncomingDossier = Record<string, string | null>

export interface DossierCheck {
  slipPresent: boolean
  dossierComplete: boolean
  cardMatches: boolean
  note: string | null
}

/** An officer's record that a member is seriously ill (GET/POST /api/badges/serious-illness). */
export interface IllnessRecord {
  id: number
  memberId: number
  since: string
  advanceMonths: 12 | 24
  note?: string
  recordedBy: string
  recordedAt: string
}

export interface NewIllnessRecord {
  memberId: number
  since: string
  advanceMonths: number
  note: string | null
}

export const wardTransfersApi = {
  outgoing: () => request<OutgoingTransfer[]>('GET', '/api/transfers/out'),
  proposeOut: (body: NewOutgoingTransfer) => request<OutgoingTransfer>('POST', '/api/transfers/out', { body }),
  confirmOut: (id: number, note: string | null) =>
    request<OutgoingTransfer>('POST', `/api/transfers/out/${id}/confirmation`, { body: { note } }),
  rejectOut: (id: number, note: string | null) =>
    request<OutgoingTransfer>('POST', `/api/transfers/out/${id}/rejection`, { body: { note } }),
  cancelOut: (id: number, note: string | null) =>
    request<OutgoingTransfer>('POST', `/api/transfers/out/${id}/cancellation`, { body: { note } }),
  slip: (id: number) => request<TransferSlip>('GET', `/api/transfers/out/${id}/slip`),

  incoming: (all = false) => request<IncomingDossier[]>('GET', '/api/transfers/in', { query: { all } }),
  register: (body: NewIncomingDossier) => request<IncomingDossier>('POST', '/api/transfers/in', { body }),
  check: (id: number, body: DossierCheck) =>
    request<IncomingDossier>('POST', `/api/transfers/in/${id}/check`, { body }),
  accept: (id: number, cellId: number, date: string) =>
    request<IncomingDossier>('POST', `/api/transfers/in/${id}/acceptance`, { body: { cellId, date } }),
  refuse: (id: number, reason: string) =>
    request<IncomingDossier>('POST', `/api/transfers/in/${id}/refusal`, { body: { reason } }),

  illness: (memberId: number) =>
    request<IllnessRecord[]>('GET', '/api/badges/serious-illness', { query: { memberId } }),
  recordIllness: (body: NewIllnessRecord) =>
    request<IllnessRecord>('POST', '/api/badges/serious-illness', { body }),
}

/** Every transfer out of one member, oldest first. */
export const outgoingOfMember = (memberId: number) =>
  request<OutgoingTransfer[]>('GET', `/api/transfers/out/member/${memberId}`)
