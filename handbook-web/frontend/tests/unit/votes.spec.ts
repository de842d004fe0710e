import { describe, expect, it } from 'vitest'
import { bars, isNewResult, neededFor, percent, stillNeeded, voteSection } from '../../src/lib/votes'
import type { VoteFigures } from '../../src/api/votes'

const figures = (f: Partial<VoteFigures>): VoteFigures => ({
  agree: 0, disagree: 0, abstain: 0, cast: 0, notVoted: 0, present: 0, convened: 0, base: 'PRESENT',
  baseCount: 0, needed: 0, passed: false, ...f,
})

describe('open votes', () => {
  it('counts what must agree as the server does', () => {
    expect(neededFor('MAJORITY', 10)).toBe(6)
    expect(neededFor('MAJORITY', 11)).toBe(6)
    expect(neededFor('MAJORITY', 1)).toBe(1)
    expect(neededFor('TWO_THIRDS', 10)).toBe(7)
    expect(neededFor('TWO_THIRDS', 12)).toBe(8)
    expect(neededFor('TWO_THIRDS', 3)).toBe(2)
    expect(neededFor('MAJORITY', 0)).toBe(0)
  })

  it('gives shares of the base with one decimal', () => {
    expect(percent(2, 3)).toBe(66.7)
    expect(percent(0, 0)).toBe(0)
    const f = figures({ agree: 4, disagree: 1, abstain: 1, baseCount: 6, needed: 4 })
    expect(bars(f).map((b) => b.share)).toEqual([66.7, 16.7, 16.7])
    expect(stillNeeded(f)).toBe(0)
    expect(stillNeeded(figures({ agree: 1, needed: 4 }))).toBe(3)
  })

  it('reads the vote section of a live state, whatever is missing', () => {
    expect(voteSection(null)).toEqual({ open: null, last: null, closedCount: 0 })
    expect(voteSection({ congressId: 1, version: 3, sections: {} })).toEqual({ open: null, last: null, closedCount: 0 })
    const last = { id: 7, title: 'Nghị quyết', subject: 'RESOLUTION', rule: 'MAJORITY', base: 'PRESENT',
      changeable: false, status: 'CLOSED', sessionId: 2 }
    const s = voteSection({ congressId: 1, version: 4, sections: { vote: { last, closedCount: 1 } } })
    expect(s.open).toBeNull()
    expect(s.last?.id).toBe(7)
    expect(isNewResult(s, null)).toBe(true)
    expect(isNewResult(s, 7)).toBe(false)
  })
})
