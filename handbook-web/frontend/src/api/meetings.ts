import { download, request } from './http'

export type MeetingKind = 'REGULAR' | 'THEMATIC'
export type MeetingState = 'PLANNED' | 'CLOSED'
export type AttendanceStatus = 'PRESENT' | 'EXCUSED' | 'UNEXCUSED'
export type AbsenceLevel = 'NONE' | 'WARNING' | 'FLAG'

/** A meeting as listed; times are the ward's local time without zone ("2026-12-05T19:30"). */
export interface Meeting {
  id: number
  cellId: number
  cellName?: string
  kind: MeetingKind
  startsAt: string
  endsAt: string
  place: string
  topic: string
  agenda?: string
  documents: string[]
  postedLate: boolean
  state: MeetingState
  plannedBy: string
  plannedAt: string
  closedAt?: string
  requiredCount?: number
  presentCount?: number
  recordedQuorum?: string
  quorumMet?: boolean
  hasMinutes: boolean
}

export interface AttendanceLine {
  memberId: number
  fullName: string
  memberStatus: string
  required: boolean
  attendance?: AttendanceStatus
  reason?: string
  selfCheckIn: boolean
}

export interface Minutes {
  content: string
  opinions?: string
  resolutions?: string
  votesFor?: number
  votesAgainst?: number
  votesAbstain?: number
  chair: string
  secretary: string
  writtenBy?: string
  writtenAt?: string
}

/** A meeting with the live quorum; the list and minutes only for those who manage the cell. */
export interface MeetingSheet {
  meeting: Meeting
  /** The caller manages the meeting's cell: the list, the QR code and the minutes are theirs. */
  managed: boolean
  attendance: AttendanceLine[]
  quorum: string
  required: number
  present: number
  excused: number
  unexcused: number
  unmarked: number
  needed: number
  quorumMet: boolean
  myAttendance?: AttendanceStatus
  minutes?: Minutes
}

export interface MeetingPlan {
  cellId?: number
  kind: MeetingKind
  startsAt: string
  endsAt: string
  place: string
  topic: string
  agenda?: string
  documents: string[]
}

export interface MinutesText {
  content: string
  opinions?: string
  resolutions?: string
  votesFor?: number | null
  votesAgainst?: number | null
  votesAbstain?: number | null
  chair: string
  secretary: string
}

export interface QrPayload {
  code: string
  opensAt: string
  closesAt: string
}

export interface MemberYear {
  memberId: number
  fullName: string
  status: string
  meetings: number
  present: number
  excused: number
  unexcused: number
  level: AbsenceLevel
}

export interface MonthLine {
  month: number
  meetings: number
  valid: number
  required: number
  present: number
}

export interface CellYear {
  cellId: number
  cellName: string
  year: number
  meetings: number
  closed: number
  valid: number
  required: number
  present: number
  regularPostedLate: number
  months: MonthLine[]
  members: MemberYear[]
  warnings: number
  flags: number
}

/** A meeting in the member's own history, with how they attended. */
export interface MyMeeting {
  meeting: Meeting
  attendance: AttendanceStatus
  reason?: string
  selfCheckIn: boolean
  minutesReadable: boolean
}

export interface MyHistory {
  year: number
  meetings: MyMeeting[]
  present: number
  excused: number
  unexcused: number
  absenceLevel: AbsenceLevel
}

export const meetingsApi = {
  list: (cellId: number, year: number) => request<Meeting[]>('GET', '/api/meetings', { query: { cellId, year } }),
  mine: () => request<Meeting[]>('GET', '/api/meetings/mine'),
  get: (id: number) => request<MeetingSheet>('GET', `/api/meetings/${id}`),
  plan: (plan: MeetingPlan) => request<MeetingSheet>('POST', '/api/meetings', { body: plan }),
  replan: (id: number, plan: MeetingPlan) => request<MeetingSheet>('PUT', `/api/meetings/${id}`, { body: plan }),
  mark: (id: number, memberId: number, status: AttendanceStatus, reason?: string) =>
    request<MeetingSheet>('POST', `/api/meetings/${id}/attendance`, { body: { memberId, status, reason } }),
  code: (id: number) => request<QrPayload>('GET', `/api/meetings/${id}/check-in-code`),
  checkIn: (code: string) => request<MeetingSheet>('POST', '/api/meetings/check-in', { body: { code } }),
  close: (id: number) => request<MeetingSheet>('POST', `/api/meetings/${id}/closing`),
  writeMinutes: (id: number, minutes: MinutesText) =>
    request<MeetingSheet>('PUT', `/api/meetings/${id}/minutes`, { body: minutes }),
  downloadMinutes: (id: number, fileName: string) => download(`/api/meetings/${id}/minutes/docx`, {}, fileName),
  downloadMinutesPdf: (id: number, fileName: string) => download(`/api/meetings/${id}/minutes/pdf`, {}, fileName),
  history: (year: number) => request<MyHistory>('GET', '/api/meetings/mine/history', { query: { year } }),
  attendance: (cellId: number, year: number) =>
    request<CellYear>('GET', '/api/meetings/attendance', { query: { cellId, year } }),
  attendanceOfCells: (year: number) =>
    request<CellYear[]>('GET', '/api/meetings/attendance/cells', { query: { year } }),
  quorum: () => request<{ quorum: string }>('GET', '/api/meetings/quorum'),
  setQuorum: (quorum: string) => request<{ quorum: string }>('PUT', '/api/meetings/quorum', { body: { quorum } }),
}
