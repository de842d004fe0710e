import { describe, expect, it } from 'vitest'
import {
  historySeries,
  parsePoints,
  thresholdProblems,
  totalOf,
  unitAllowedGrades,
  unitGradeFor,
} from '../../src/lib/unitRatings'

const T = { excellentFrom: 90, goodFrom: 70, completedFrom: 50 }

describe('unitGradeFor', () => {
  it('takes the share of the total points, without rounding up', () => {
    expect(unitGradeFor(90, 100, T)).toBe('EXCELLENT')
    expect(unitGradeFor(89, 100, T)).toBe('GOOD')
    expect(unitGradeFor(72, 80, T)).toBe('EXCELLENT')
    expect(unitGradeFor(71, 80, T)).toBe('GOOD')
    expect(unitGradeFor(50, 100, T)).toBe('COMPLETED')
    expect(unitGradeFor(49, 100, T)).toBe('NOT_COMPLETED')
  })
})

describe('unitAllowedGrades', () => {
  it('offers the allowed grade and lower ones, excellent only when the members allow it', () => {
    expect(unitAllowedGrades(95, 100, T)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])
    expect(unitAllowedGrades(95, 100, T, false)).toEqual(['GOOD', 'COMPLETED', 'NOT_COMPLETED'])
    expect(unitAllowedGrades(60, 100, T)).toEqual(['COMPLETED', 'NOT_COMPLETED'])
    expect(unitAllowedGrades(null, 100, T)).toEqual([])
  })
})

describe('points and totals', () => {
  it('reads whole points within the maximum', () => {
    expect(parsePoints(' 25 ', 25)).toBe(25)
    expect(parsePoints('26', 25)).toBeNull()
    expect(parsePoints('2.5', 25)).toBeNull()
    expect(parsePoints('', 25)).toBeNull()
  })
  it('adds what is typed and says whether every criterion is scored', () => {
    const c = [{ id: 1, maxPoints: 25 }, { id: 2, maxPoints: 25 }]
    expect(totalOf({ 1: '20', 2: '18' }, c)).toEqual({ total: 38, complete: true })
    expect(totalOf({ 1: '20' }, c)).toEqual({ total: 20, complete: false })
  })
})

describe('thresholdProblems', () => {
  it('wants whole numbers from 1 to 100 rising to excellent', () => {
    expect(thresholdProblems({ excellentFrom: '90', goodFrom: '70', completedFrom: '50' })).toEqual({})
    expect(thresholdProblems({ excellentFrom: '90', goodFrom: '95', completedFrom: '50' })).toEqual({ goodFrom: 'order' })
    expect(thresholdProblems({ excellentFrom: '101', goodFrom: '70', completedFrom: 'x' })).toEqual({
      excellentFrom: 'range',
      completedFrom: 'range',
    })
  })
})

describe('historySeries', () => {
  it('orders the years and counts decided and waiting ratings per grade', () => {
    const zero = { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 }
    const s = historySeries([
      { year: 2026, units: 2, decided: zero, proposed: { ...zero, GOOD: 2 } },
      { year: 2025, units: 3, decided: { ...zero, EXCELLENT: 1, GOOD: 2 }, proposed: zero },
    ])
    expect(s.labels).toEqual(['2025', '2026'])
    expect(s.series.find((x) => x.grade === 'GOOD')!.values).toEqual([2, 2])
    expect(s.series.find((x) => x.grade === 'EXCELLENT')!.values).toEqual([1, 0])
  })
})
