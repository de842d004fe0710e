import { fetchBlob, readStream, request, type Query } from './http'
import { ApiError } from './http'
import type { Problem } from './types'
import { freshToken } from '../auth'
import { currentLocale } from '../i18n'
import { SseParser } from '../lib/sse'

// Preparing a congress and following its attendance (CongressResource, /api/congresses).

export type DelegateKind = 'OFFICIAL' | 'ALTERNATE' | 'GUEST'
export type DelegateBasis = 'EX_OFFICIO' | 'ELECTED' | 'APPOINTED'
export type CongressBody = 'PRESIDIUM' | 'SECRETARIAT' | 'CREDENTIALS' | 'COUNTING'
export const BODIES: readonly CongressBody[] = ['PRESIDIUM', 'SECRETARIAT', 'CREDENTIALS', 'COUNTING']

export interface CongressSummary {
  id: number
  name: string
  level: string
  term: string
  startsOn: string
  endsOn: string
  venue: string
  status: 'PREPARING' | 'CLOSED'
}

export interface NewCongress {
  name: string
  level: string
  term: string
  startsOn: string | null
  endsOn: string | null
  venue: string
}

export interface SeatRowLine {
  label: string
  seats: number
}

export interface SessionLine {
  id: number
  ordinal: number
  name: string
  startsAt: string
  checkInOpen: boolean
}

export interface GroupLine {
  id: number
  name: string
}

export interface BodySeat {
  id: number
  body: CongressBody
  delegateId: number
  fullName: string
  head: boolean
}

export interface CongressOverview {
  congress: CongressSummary
  quorumNumerator: number
  quorumDenominator: number
  seatRows: SeatRowLine[]
  sessions: SessionLine[]
  groups: GroupLine[]
  bodies: BodySeat[]
  myBodies: CongressBody[]
  organiser: boolean
  myDelegateId?: number
  /** When the caller checked in to the session open now (absent if not, or none open). */
  myCheckedInAt?: string
}

export interface DelegateLine {
  id: number
  kind: DelegateKind
  basis?: DelegateBasis
  memberId?: number
  fullName: string
  delegation?: string
  groupId?: number
  groupName?: string
  seatRow?: string
  seatNumber?: number
  seat?: string
  status: 'CONVENED' | 'WITHDRAWN'
  statusReason?: string
  absenceReason?: string
  credentialQuestion?: string
  credentialDecision?: 'ACCEPTED' | 'REJECTED'
  credentialNote?: string
  hasPhoto: boolean
  cardVersion: number
}

export interface CheckInReply {
  delegateId: number
  fullName: string
  kind: DelegateKind
  seat?: string
  groupName?: string
  sessionId: number
  sessionName: string
  checkedInAt: string
  method: string
  alreadyCheckedIn: boolean
}

export interface GroupAttendance {
  groupId?: number
  name?: string
  convened: number
  present: number
}

export interface AttendanceBoard {
  congressId: number
  sessionId?: number
  sessionName?: string
  checkInOpen: boolean
  convened: number
  present: number
  absentWithReason: number
  quorumNeeded: number
  quorumReached: boolean
  alternatesPresent: number
  guestsPresent: number
  groups: GroupAttendance[]
  asOf: string
}

export interface DelegateNote {
  absenceReason?: string | null
  withdraw?: boolean
  withdrawReason?: string | null
  credentialQuestion?: string | null
}

const base = (id: number) => `/api/congresses/${id}`

export const congressesApi = {
  list: () => request<CongressSummary[]>('GET', '/api/congresses'),
  create: (body: NewCongress) => request<CongressSummary>('POST', '/api/congresses', { body }),
  get: (id: number) => request<CongressOverview>('GET', base(id)),
  describe: (id: number, body: NewCongress) => request<CongressSummary>('PUT', base(id), { body }),
  addSession: (id: number, name: string, startsAt: string) =>
    request<SessionLine>('POST', `${base(id)}/sessions`, { body: { name, startsAt } }),
  checkInWindow: (id: number, sessionId: number, open: boolean) =>
    request<SessionLine>('POST', `${base(id)}/sessions/${sessionId}/check-in`, { body: { open } }),
  addGroup: (id: number, name: string) => request<GroupLine>('POST', `${base(id)}/groups`, { body: { name } }),
  seats: (id: number, rows: SeatRowLine[]) => request<CongressOverview>('PUT', `${base(id)}/seats`, { body: { rows } }),
  delegates: (id: number) => request<DelegateLine[]>('GET', `${base(id)}/delegates`),
  addDelegates: (id: number, memberIds: number[], kind: DelegateKind, basis: DelegateBasis) =>
    request<DelegateLine[]>('POST', `${base(id)}/delegates`, { body: { memberIds, kind, basis } }),
  addGuest: (id: number, fullName: string, office: string) =>
    request<DelegateLine>('POST', `${base(id)}/guests`, { body: { fullName, office } }),
  place: (id: number, delegateId: number, groupId: number | null, seatRow: string | null, seatNumber: number | null) =>
    request<DelegateLine>('PUT', `${base(id)}/delegates/${delegateId}/placement`, {
      body: { groupId, seatRow, seatNumber },
    }),
  note: (id: number, delegateId: number, body: DelegateNote) =>
    request<DelegateLine>('POST', `${base(id)}/delegates/${delegateId}/notes`, { body }),
  appoint: (id: number, body: CongressBody, delegateId: number, head: boolean) =>
    request<BodySeat>('POST', `${base(id)}/bodies`, { body: { body, delegateId, head } }),
  dismiss: (id: number, seatId: number) => request<void>('POST', `${base(id)}/bodies/${seatId}/dismissal`),
  selfCheckIn: (id: number) => request<CheckInReply>('POST', `${base(id)}/check-ins/self`),
  attendance: (id: number, sessionId?: number) =>
    request<AttendanceBoard>('GET', `${base(id)}/attendance`, { query: { sessionId } as Query }),
  photo: (id: number, delegateId: number) => fetchBlob(`${base(id)}/delegates/${delegateId}/photo`),
  uploadPhoto: (id: number, delegateId: number, photo: Blob) => putPhoto(id, delegateId, photo),
  /** Calls `onBoard` with the board at once and after every check-in, until the stream ends or `signal` aborts. */
  followAttendance: async (id: number, onBoard: (b: AttendanceBoard) => void, signal?: AbortSignal) => {
    const parser = new SseParser()
    await readStream(`${base(id)}/attendance/stream`, (text) => {
      for (const e of parser.feed(text)) {
        if (e.event === 'attendance') onBoard(JSON.parse(e.data) as AttendanceBoard)
      }
    }, signal)
  },
}

// The photo goes as the raw image with its own content type, by PUT (http.ts's uploadFile POSTs octet-stream).
async function putPhoto(id: number, delegateId: number, photo: Blob): Promise<void> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
    'Content-Type': photo.type === 'image/png' ? 'image/png' : 'image/jpeg',
  }
  const token = await freshToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(`${base(id)}/delegates/${delegateId}/photo?consent=true`, { method: 'PUT', headers, body: photo })
  } catch {
    throw new ApiError(0, null, 'network')
  }
  if (!res.ok) {
    let problem: Problem | null = null
    try {
      problem = (await res.json()) as Problem
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, problem)
  }
}
