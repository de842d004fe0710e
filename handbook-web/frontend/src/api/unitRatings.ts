import { request } from './http'
import type { Grade } from './ratings'

export type UnitRatingState = 'PROPOSED' | 'RETURNED' | 'DECIDED'

export interface CriterionLine {
  /** Absent for the ward's defaults not saved yet. */
  id?: number
  position: number
  title: string
  maxPoints: number
}

export interface YearCriteria {
  year: number
  configured: boolean
  locked: boolean
  excellentFrom: number
  goodFrom: number
  completedFrom: number
  maxScore: number
  criteria: CriterionLine[]
  maxExcellentPercentOfGoodOrBetter: number
}

export interface CriteriaChange {
  year: number
  excellentFrom: number | null
  goodFrom: number | null
  completedFrom: number | null
  criteria: { id?: number; title: string; maxPoints: number | null }[]
}

export interface CriterionScore {
  criterionId: number
  points: number | null
}

export interface UnitRating {
  id: number
  unitId: number
  unitName?: string
  year: number
  state: UnitRatingState
  totalScore: number
  maxScore: number
  proposedGrade: Grade
  note?: string
  proposedBy: string
  proposedAt: string
  decidedGrade?: Grade
  decisionNote?: string
  returnReason?: string
  decidedBy?: string
  decidedAt?: string
  scores: CriterionScore[]
}

export interface MemberGradeCounts {
  excellent: number
  good: number
  completed: number
  notCompleted: number
  rated: number
  excellentPercentOfGoodOrBetter: number
}

export interface RatedUnit {
  unitId: number
  unitName: string
  kind: 'CELL' | 'SUB'
  rating?: UnitRating
  members: MemberGradeCounts
}

export interface AssessmentForm {
  unitId: number
  unitName: string
  kind: 'CELL' | 'SUB'
  criteria: YearCriteria
  rating?: UnitRating
  members: MemberGradeCounts
  excellentAllowed: boolean
}

export interface SelfAssessment {
  unitId: number
  year: number
  scores: CriterionScore[]
  grade: Grade | null
  note?: string
}

export interface YearGrades {
  year: number
  units: number
  decided: Record<Grade, number>
  proposed: Record<Grade, number>
}

export interface RatingHistory {
  years: YearGrades[]
  unitId?: number
  unitName?: string
  ratings: UnitRating[]
}

export const unitRatingsApi = {
  criteria: (year: number) => request<YearCriteria>('GET', '/api/unit-ratings/criteria', { query: { year } }),
  configure: (body: CriteriaChange) => request<YearCriteria>('PUT', '/api/unit-ratings/criteria', { body }),
  list: (year: number) => request<RatedUnit[]>('GET', '/api/unit-ratings', { query: { year } }),
  form: (unitId: number, year: number) =>
    request<AssessmentForm>('GET', `/api/unit-ratings/units/${unitId}`, { query: { year } }),
  propose: (body: SelfAssessment) => request<UnitRating>('POST', '/api/unit-ratings', { body }),
  decide: (id: number, grade: Grade | null, note: string) =>
    request<UnitRating>('POST', `/api/unit-ratings/${id}/decision`, { body: { grade, note: note || undefined } }),
  giveBack: (id: number, reason: string) =>
    request<UnitRating>('POST', `/api/unit-ratings/${id}/return`, { body: { reason } }),
  history: (unitId?: number | null) =>
    request<RatingHistory>('GET', '/api/unit-ratings/history', { query: { unitId: unitId ?? undefined } }),
}
