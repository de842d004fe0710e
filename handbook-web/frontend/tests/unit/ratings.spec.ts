import { describe, expect, it } from 'vitest'
import { allowedGrades, gradeForScore, parseScore } from '../../src/lib/ratings'

describe('gradeForScore', () => {
  it('follows the ward thresholds', () => {
    expect(gradeForScore(90, true)).toBe('EXCELLENT')
    expect(gradeForScore(90, false)).toBe('GOOD')
    expect(gradeForScore(70, false)).toBe('GOOD')
    expect(gradeForScore(69, true)).toBe('COMPLETED')
    expect(gradeForScore(50, false)).toBe('COMPLETED')
    expect(gradeForScore(49, true)).toBe('NOT_COMPLETED')
  })
})

describe('allowedGrades', () => {
  it('offers the grade the score allows and those below it', () => {
    expect(allowedGrades(95, true)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])
    expect(allowedGrades(95, false)).toEqual(['GOOD', 'COMPLETED', 'NOT_COMPLETED'])
    expect(allowedGrades(10, false)).toEqual(['NOT_COMPLETED'])
    expect(allowedGrades(null, false)).toEqual([])
    expect(allowedGrades(101, false)).toEqual([])
  })
})

describe('parseScore', () => {
  it('accepts whole numbers from 0 to 100', () => {
    expect(parseScore('0')).toBe(0)
    expect(parseScore(' 85 ')).toBe(85)
    expect(parseScore('100')).toBe(100)
    expect(parseScore('101')).toBeNull()
    expect(parseScore('8.5')).toBeNull()
    expect(parseScore('-1')).toBeNull()
    expect(parseScore('')).toBeNull()
  })
})
