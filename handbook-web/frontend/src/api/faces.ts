import { fetchBlob, request } from './http'

/** The few fields of a congress delegate line that face enrolment needs (GET …/delegates). */
export interface FaceDelegate {
  id: number
  fullName: string
  kind: string
  seat?: string
  status: string
  hasPhoto: boolean
}

/** An enrolled descriptor as the kiosk matches it (GET …/faces: the organising board and the secretariat). */
export interface EnrolledFaceLine {
  delegateId: number
  fullName: string
  seat?: string
  descriptor: number[]
}

/** What the check-in answers (the same record as the other check-ins). */
export interface FaceCheckInReply {
  delegateId: number
  fullName: string
  kind: string
  delegation?: string
  seat?: string
  groupName?: string
  hasPhoto: boolean
  sessionName: string
  checkedInAt: string
  method: string
  alreadyCheckedIn: boolean
}

export interface FaceCongress {
  congress: { id: number; name: string; status: string }
}

const base = (congressId: number) => `/api/congresses/${congressId}`

export const facesApi = {
  congress: (congressId: number) => request<FaceCongress>('GET', base(congressId)),
  delegates: (congressId: number) => request<FaceDelegate[]>('GET', `${base(congressId)}/delegates`),
  photo: (congressId: number, delegateId: number) =>
    fetchBlob(`${base(congressId)}/delegates/${delegateId}/photo`),
  enrol: (congressId: number, delegateId: number, descriptor: number[]) =>
    request<void>('PUT', `${base(congressId)}/delegates/${delegateId}/face`, { body: { descriptor } }),
  enrolled: (congressId: number) => request<EnrolledFaceLine[]>('GET', `${base(congressId)}/faces`),
  checkIn: (congressId: number, delegateId: number) =>
    request<FaceCheckInReply>('POST', `${base(congressId)}/check-ins/desk`, {
      body: { delegateId, method: 'FACE' },
    }),
}
