import { describe, expect, it } from 'vitest'
import { bestMatch, euclidean, MATCH_THRESHOLD, RepeatGuard, type EnrolledFace } from '../../src/lib/faceMatch'

function vector(fill: number, tweak: Record<number, number> = {}): number[] {
  const v = new Array<number>(128).fill(fill)
  for (const [i, x] of Object.entries(tweak)) v[Number(i)] = x
  return v
}

const an: EnrolledFace = { delegateId: 1, fullName: 'Nguyễn Thị An', seat: 'A1', descriptor: vector(0, { 0: 1 }) }
const binh: EnrolledFace = { delegateId: 2, fullName: 'Trần Văn Bình', descriptor: vector(0, { 1: 1 }) }

describe('euclidean', () => {
  it('is the straight-line distance', () => {
    expect(euclidean([0, 0], [3, 4])).toBe(5)
    expect(euclidean(vector(0.1), vector(0.1))).toBe(0)
  })
  it('refuses descriptors of different lengths', () => {
    expect(() => euclidean([1], [1, 2])).toThrow()
  })
})

describe('bestMatch', () => {
  it('picks the nearest enrolled face within the threshold', () => {
    const r = bestMatch(vector(0, { 0: 0.9 }), [binh, an])
    expect(r.kind).toBe('match')
    if (r.kind === 'match') {
      expect(r.face.fullName).toBe('Nguyễn Thị An')
      expect(r.distance).toBeCloseTo(0.1, 6)
    }
  })

  it('says unknown at or beyond the threshold', () => {
    const far = vector(0, { 0: 1 - MATCH_THRESHOLD })
    expect(bestMatch(far, [an]).kind).toBe('unknown')
    expect(bestMatch(vector(0, { 5: 1 }), [an, binh])).toEqual({ kind: 'unknown', distance: Math.SQRT2 })
  })

  it('says unknown when nobody is enrolled', () => {
    expect(bestMatch(vector(0), [])).toEqual({ kind: 'unknown', distance: null })
  })

  it('refuses to choose between two delegates almost equally near', () => {
    const between = vector(0, { 0: 0.5, 1: 0.5 })
    const r = bestMatch(between, [an, binh], 0.8)
    expect(r.kind).toBe('ambiguous')
  })

  it('does not call two descriptors of one delegate ambiguous', () => {
    const again: EnrolledFace = { ...an, descriptor: vector(0, { 0: 0.95 }) }
    expect(bestMatch(vector(0, { 0: 0.97 }), [an, again]).kind).toBe('match')
  })

  it('ignores a descriptor of another length', () => {
    const odd: EnrolledFace = { delegateId: 3, fullName: 'X', descriptor: [0, 0] }
    expect(bestMatch(vector(0, { 0: 0.9 }), [odd, an]).kind).toBe('match')
  })
})

describe('RepeatGuard', () => {
  it('lets a delegate through once within the quiet time, others meanwhile', () => {
    const guard = new RepeatGuard(10_000)
    expect(guard.admit(1, 0)).toBe(true)
    expect(guard.admit(1, 5_000)).toBe(false)
    expect(guard.admit(2, 5_000)).toBe(true)
    expect(guard.admit(1, 10_000)).toBe(true)
  })

  it('forgets a delegate whose check-in failed', () => {
    const guard = new RepeatGuard(10_000)
    guard.admit(1, 0)
    guard.forget(1)
    expect(guard.admit(1, 1)).toBe(true)
  })
})
