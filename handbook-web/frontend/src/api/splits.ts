import { request } from './http'

/** One new unit: its name and what it receives (members of a cell, or sub-units of a committee). */
export interface SplitPartRequest {
  name: string
  memberIds: number[]
  subUnitIds: number[]
}

/** What the officer sends for a preview and for the split itself (same plan, so the preview is what happens). */
export interface SplitRequest {
  unitId: number
  effectiveOn: string
  decisionNumber: string
  note?: string | null
  parts: SplitPartRequest[]
}

export interface HeldPosition {
  positionId: number
  memberId: number
  fullName: string
  role: string
  unitName: string
}

export interface SplitForecast {
  unitId: number
  unitName: string
  kind: string
  parts: {
    name: string
    members: { memberId: number; fullName: string }[]
    subUnits: string[]
    positions: HeldPosition[]
    takesMeetings: boolean
  }[]
  ending: HeldPosition[]
  conflicts: { code: string; message: string; who: string[] }[]
  applicable: boolean
  plannedMeetings: number
}

export interface SplitDone {
  id: number
  decisionNumber: string
  effectiveOn: string
  unitId: number
  partIds: number[]
  membersMoved: number
  unitsMoved: number
  positionsMoved: number
  meetingsMoved: number
}

export const splitsApi = {
  preview: (body: SplitRequest) => request<SplitForecast>('POST', '/api/unit-splits/preview', { body }),
  apply: (body: SplitRequest) => request<SplitDone>('POST', '/api/unit-splits', { body }),
}
