import type { Grade, RatingThresholds } from '../api/ratings'

export const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']

/** The server's defaults, used until it has answered (GET /api/ratings/thresholds). */
export const DEFAULT_THRESHOLDS: RatingThresholds = {
  excellentFrom: 90,
  goodFrom: 70,
  completedFrom: 50,
  maxScore: 100,
  maxExcellentPercentOfGoodOrBetter: 20,
}

/** The best grade a score allows, as the server decides it; excellent needs the conditions met. */
export function gradeForScore(score: number, conditionsMet: boolean, t: RatingThresholds = DEFAULT_THRESHOLDS): Grade {
  if (score >= t.excellentFrom && conditionsMet) return 'EXCELLENT'
  if (score >= t.goodFrom) return 'GOOD'
  return score >= t.completedFrom ? 'COMPLETED' : 'NOT_COMPLETED'
}

/** The grades the cell may propose for a score: the one it allows and any lower. */
export function allowedGrades(score: number | null, conditionsMet: boolean, t: RatingThresholds = DEFAULT_THRESHOLDS): Grade[] {
  if (score == null || !Number.isInteger(score) || score < 0 || score > t.maxScore) return []
  const best = GRADES.indexOf(gradeForScore(score, conditionsMet, t))
  return GRADES.slice(best)
}

/** A typed score: a whole number from 0 to the maximum, else null. */
export function parseScore(text: string | null | undefined, t: RatingThresholds = DEFAULT_THRESHOLDS): number | null {
  const s = (text ?? '').trim()
  if (!/^\d{1,3}$/.test(s)) return null
  const n = Number(s)
  return n <= t.maxScore ? n : null
}
