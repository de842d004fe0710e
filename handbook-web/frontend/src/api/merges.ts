import { request } from './http'

/** What the officer sends for a preview and for the merge itself (same plan, so the preview is what happens). */
export interface MergeRequest {
  unitIds: number[]
  targetId?: number | null
  newName?: string | null
  parentId?: number | null
  effectiveOn: string
  decisionNumber: string
  note?: string | null
  keepSecretaryId?: number | null
  keepDeputyId?: number | null
}

export interface MergeUnitMoves {
  unitId: number
  name: string
  kind: string
  kept: boolean
  members: { memberId: number; fullName: string }[]
  subUnits: string[]
  positions: { positionId: number; memberId: number; fullName: string; role: string; unitName: string }[]
  plannedMeetings: number
}

export interface MergeForecast {
  successorName: string
  successorCreated: boolean
  units: MergeUnitMoves[]
  conflicts: { code: string; message: string; who: string[] }[]
  applicable: boolean
  members: number
  subUnits: number
  positions: number
  meetings: number
}

export interface MergeDone {
  id: number
  decisionNumber: string
  effectiveOn: string
  successorId: number
  successorCreated: boolean
  unitIds: number[]
  membersMoved: number
  unitsMoved: number
  positionsMoved: number
  meetingsMoved: number
}

export const mergesApi = {
  preview: (body: MergeRequest) => request<MergeForecast>('POST', '/api/unit-merges/preview', { body }),
  apply: (body: MergeRequest) => request<MergeDone>('POST', '/api/unit-merges', { body }),
}
