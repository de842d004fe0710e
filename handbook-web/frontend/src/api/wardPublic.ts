import { request } from './http'

export interface PublicNoticeLine {
  id: number
  title: string
  excerpt: string
  important: boolean
  publishedAt: string
}

export interface PublicNotice {
  id: number
  title: string
  body: string
  important: boolean
  publishedAt: string
}

export interface CongressDrafts {
  id: number
  name: string
  drafts: { id: number; title: string }[]
}

export interface ClassOpenForEnrolment {
  id: number
  title: string
  unitName: string
  skills: string[]
  instructor: string
  place?: string
  sessions: number
  firstDay?: string
  nextDay?: string
}

export interface WardHome {
  wardName: string
  notices: PublicNoticeLine[]
  congresses: CongressDrafts[]
  classes: ClassOpenForEnrolment[]
}

export interface EnrolmentAsk {
  classId: number
  fullName: string
  phone: string
  neighbourhood: string
}

export type EnrolmentState = 'PENDING' | 'ACCEPTED' | 'REJECTED'

export interface EnrolmentRequestLine {
  id: number
  classId: number
  fullName: string
  phone: string
  neighbourhood: string
  state: EnrolmentState
  receivedAt: string
  decidedBy?: string
  decidedAt?: string
  rejectReason?: string
  learnerId?: number
}

export interface PublicEnrolment {
  classId: number
  title: string
  open: boolean
  pending: number
  requests: EnrolmentRequestLine[]
}

/** The residents' page: no token is ever sent. */
export const wardPublicApi = {
  home: () => request<WardHome>('GET', '/api/public/ward', { anonymous: true }),
  notice: (id: number) => request<PublicNotice>('GET', `/api/public/ward/notices/${id}`, { anonymous: true }),
  enrol: (body: EnrolmentAsk) =>
    request<{ id: number; state: EnrolmentState }>('POST', '/api/public/ward/enrolments', { body, anonymous: true }),
}

/** The class's unit: open the class on the public page, decide residents' requests. */
export const classEnrolmentApi = {
  ofClass: (classId: number) => request<PublicEnrolment>('GET', `/api/enrolment-requests/classes/${classId}`),
  setOpen: (classId: number, open: boolean) =>
    request<PublicEnrolment>('PUT', `/api/enrolment-requests/classes/${classId}`, { body: { open } }),
  accept: (id: number) => request<EnrolmentRequestLine>('POST', `/api/enrolment-requests/${id}/acceptance`, { body: {} }),
  reject: (id: number, reason: string) =>
    request<EnrolmentRequestLine>('POST', `/api/enrolment-requests/${id}/rejection`, { body: { reason } }),
}
