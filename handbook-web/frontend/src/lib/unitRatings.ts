import type { Grade } from '../api/ratings'
import type { YearCriteria, YearGrades } from '../api/unitRatings'
import { GRADES } from './ratings'

export type Thresholds = Pick<YearCriteria, 'excellentFrom' | 'goodFrom' | 'completedFrom'>

/** The best grade a total allows out of max, as the server decides it (integer arithmetic, no rounding up). */
export function unitGradeFor(total: number, max: number, t: Thresholds): Grade {
  if (max <= 0) return 'NOT_COMPLETED'
  if (total * 100 >= t.excellentFrom * max) return 'EXCELLENT'
  if (total * 100 >= t.goodFrom * max) return 'GOOD'
  return total * 100 >= t.completedFrom * max ? 'COMPLETED' : 'NOT_COMPLETED'
}

/** Typed points: a whole number from 0 to the criterion's maximum, else null. */
export function parsePoints(text: string | null | undefined, max: number): number | null {
  const s = (text ?? '').trim()
  if (!/^\d{1,3}$/.test(s)) return null
  const n = Number(s)
  return n <= max ? n : null
}

/** The total of the points typed so far, and whether every criterion has a valid score. */
export function totalOf(typed: Record<number, string>, criteria: { id?: number; maxPoints: number }[]) {
  let total = 0
  let complete = true
  for (const c of criteria) {
    const p = c.id == null ? null : parsePoints(typed[c.id], c.maxPoints)
    if (p == null) complete = false
    else total += p
  }
  return { total, complete }
}

/** The grades a unit may propose for a total: the one it allows and any lower; excellent only when allowed. */
export function unitAllowedGrades(total: number | null, max: number, t: Thresholds, excellentAllowed = true): Grade[] {
  if (total == null || total < 0 || total > max) return []
  const best = GRADES.indexOf(unitGradeFor(total, max, t))
  return GRADES.slice(best).filter((g) => g !== 'EXCELLENT' || excellentAllowed)
}

/** Thresholds as an officer types them: whole numbers 1-100, rising from completed to excellent. */
export function thresholdProblems(t: { excellentFrom: string; goodFrom: string; completedFrom: string }) {
  const out: Partial<Record<keyof Thresholds, 'range' | 'order'>> = {}
  const n = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s.trim()) : NaN)
  const e = n(t.excellentFrom)
  const g = n(t.goodFrom)
  const c = n(t.completedFrom)
  if (!(e >= 1 && e <= 100)) out.excellentFrom = 'range'
  if (!(g >= 1 && g <= 100)) out.goodFrom = 'range'
  if (!(c >= 1 && c <= 100)) out.completedFrom = 'range'
  if (!Object.keys(out).length && !(c < g && g < e)) out.goodFrom = 'order'
  return out
}

/** One series per grade for a stacked chart of the years: decided grades, then the proposals still waiting. */
export function historySeries(years: YearGrades[]): { labels: string[]; series: { grade: Grade; values: number[] }[] } {
  const sorted = [...years].sort((a, b) => a.year - b.year)
  return {
    labels: sorted.map((y) => String(y.year)),
    series: GRADES.map((g) => ({ grade: g, values: sorted.map((y) => (y.decided[g] ?? 0) + (y.proposed[g] ?? 0)) })),
  }
}
