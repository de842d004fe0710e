import { describe, expect, it } from 'vitest'
import { ballotVerdict, findReceipt, floorAgreementNeeded, maxCandidates, normaliseReceipt, votesNeeded } from '../../src/lib/elections'

describe('election rules', () => {
  it('judges a ballot as the counting board does', () => {
    expect(ballotVerdict(3, 4, 3)).toBe('VALID')
    expect(ballotVerdict(4, 4, 3)).toBe('TOO_MANY_KEPT')
    expect(ballotVerdict(0, 4, 3)).toBe('ALL_CROSSED_OUT')
    expect(ballotVerdict(0, 3, 3)).toBe('VALID')
    expect(ballotVerdict(1, 5, 4)).toBe('VALID')
  })
  it('limits the list to 30% more names than seats', () => {
    expect(maxCandidates(10)).toBe(13)
    expect(maxCandidates(7)).toBe(9)
    expect(maxCandidates(1)).toBe(1)
  })
  it('needs more than 30% of those present for a floor nomination', () => {
    expect(floorAgreementNeeded(10)).toBe(4)
    expect(floorAgreementNeeded(100)).toBe(31)
    expect(floorAgreementNeeded(234)).toBe(71)
  })
  it('elects with more than half of the base: 11 convened → 6', () => {
    expect(votesNeeded(11)).toBe(6)
    expect(votesNeeded(10)).toBe(6)
    expect(votesNeeded(9)).toBe(5)
  })
  it('finds a receipt typed loosely', () => {
    expect(normaliseReceipt(' abcd efgh-jk2m ')).toBe('ABCD-EFGH-JK2M')
    const list = [{ receipt: 'ABCD-EFGH-JK2M' }, { receipt: 'ZZZZ-ZZZZ-ZZZZ' }]
    expect(findReceipt(list, 'abcdefghjk2m')).toEqual({ receipt: 'ABCD-EFGH-JK2M' })
    expect(findReceipt(list, 'abcd')).toBeUndefined()
  })
})
