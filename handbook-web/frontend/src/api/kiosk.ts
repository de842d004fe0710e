import { download, fetchBlob, request } from './http'

/** The parts of a congress the kiosk and the cards page need (GET /api/congresses/{id}). */
export interface KioskCongress {
  congress: { id: number; name: string; status?: string }
  groups: { id: number; name: string }[]
}

/** What the server answers to a check-in (card, desk or face). */
export interface CheckInReply {
  delegateId: number
  fullName: string
  kind: 'OFFICIAL' | 'ALTERNATE' | 'GUEST'
  delegation?: string
  seat?: string
  groupName?: string
  hasPhoto: boolean
  sessionId: number
  sessionName: string
  checkedInAt: string
  method: string
  alreadyCheckedIn: boolean
}

export interface KioskBoard {
  congressId: number
  sessionId?: number
  sessionName?: string
  checkInOpen: boolean
  convened: number
  present: number
  quorumNeeded: number
  quorumReached: boolean
}

export interface KioskDelegate {
  id: number
  kind: 'OFFICIAL' | 'ALTERNATE' | 'GUEST'
  fullName: string
  delegation?: string
  groupId?: number
  groupName?: string
  seat?: string
  status: string
  hasPhoto: boolean
}

const base = (id: number) => `/api/congresses/${id}`

export const kioskApi = {
  congress: (id: number) => request<KioskCongress>('GET', base(id)),
  board: (id: number) => request<KioskBoard>('GET', `${base(id)}/attendance`),
  byCard: (id: number, token: string) =>
    request<CheckInReply>('POST', `${base(id)}/check-ins/card`, { body: { token } }),
  byDesk: (id: number, delegateId: number) =>
    request<CheckInReply>('POST', `${base(id)}/check-ins/desk`, { body: { delegateId, method: 'DESK' } }),
  search: (id: number, q: string) =>
    request<KioskDelegate[]>('GET', `${base(id)}/delegates/search`, { query: { q, limit: 10 } }),
  delegates: (id: number) => request<KioskDelegate[]>('GET', `${base(id)}/delegates`),
  photo: (id: number, delegateId: number) => fetchBlob(`${base(id)}/delegates/${delegateId}/photo`),
  cards: (id: number, batch: { from?: number; size?: number; groupId?: number }, filename: string) =>
    download(`${base(id)}/cards.pdf`, batch, filename),
}
