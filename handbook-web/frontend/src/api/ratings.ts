import { request } from './http'

export type Grade = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED'
export type RatingState = 'PROPOSED' | 'APPROVED' | 'RETURNED'

export interface Rating {
  id: number
  memberId: number
  cellId: number
  year: number
  score: number
  conditionsMet: boolean
  grade: Grade
  state: RatingState
  note?: string
  proposedBy: string
  proposedAt: string
  decidedBy?: string
  decidedAt?: string
  returnReason?: string
}

/** A member of the cell; `rating` is absent when none was entered for the year. */
export interface RatedMember {
  memberId: number
  fullName: string
  rating?: Rating
}

export interface RatingThresholds {
  excellentFrom: number
  goodFrom: number
  completedFrom: number
  maxScore: number
  maxExcellentPercentOfGoodOrBetter: number
}

export interface GradeCount {
  grade: Grade
  count: number
  approved: number
  percent: number
}

export interface RatingStatistics {
  cellId: number
  cellName: string
  year: number
  members: number
  rated: number
  approved: number
  grades: GradeCount[]
  excellentPercentOfGoodOrBetter: number
  limitPercent: number
  overExcellentLimit: boolean
}

export interface RatingProposal {
  memberId: number
  year: number
  score: number | null
  grade: Grade | null
  conditionsMet: boolean
  note?: string
}

export const ratingsApi = {
  ofCell: (cellId: number, year: number) => request<RatedMember[]>('GET', '/api/ratings', { query: { cellId, year } }),
  thresholds: () => request<RatingThresholds>('GET', '/api/ratings/thresholds'),
  statistics: (cellId: number, year: number) =>
    request<RatingStatistics>('GET', '/api/ratings/statistics', { query: { cellId, year } }),
  propose: (body: RatingProposal) => request<Rating>('POST', '/api/ratings', { body }),
  approve: (id: number) => request<Rating>('POST', `/api/ratings/${id}/approval`, { body: {} }),
  giveBack: (id: number, reason: string) => request<Rating>('POST', `/api/ratings/${id}/return`, { body: { reason } }),
}
