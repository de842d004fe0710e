import { describe, expect, it } from 'vitest'
import {
  agendaOf, clockOffset, currentItem, formatClock, minutesToSeconds, moved, nextItem, speakerTimer, speakingOf,
} from '../../src/lib/agenda'
import type { LiveState } from '../../src/api/live'

const item = (id: number, ordinal: number, status: 'PENDING' | 'CURRENT' | 'DONE') => ({
  id, ordinal, title: `Mục ${id}`, kind: 'OTHER', status, speakingLimitSeconds: 300,
})

describe('live sections', () => {
  it('reads the agenda and speaking sections, empty when absent', () => {
    const state: LiveState = {
      congressId: 1, version: 4,
      sections: { agenda: { currentItemId: 2, items: [item(1, 1, 'DONE'), item(2, 2, 'CURRENT')] }, speaking: { asOf: 'x', queue: [] } },
    }
    expect(currentItem(agendaOf(state))?.title).toBe('Mục 2')
    expect(speakingOf(state)?.queue).toEqual([])
    expect(agendaOf(null).items).toEqual([])
    expect(speakingOf({ congressId: 1, version: 0, sections: {} })).toBeNull()
  })
  it('finds the item "next" moves to: the first pending after the current one', () => {
    expect(nextItem({ currentItemId: 2, items: [item(1, 1, 'PENDING'), item(2, 2, 'CURRENT'), item(3, 3, 'PENDING')] })?.id).toBe(3)
    expect(nextItem({ items: [item(1, 1, 'DONE'), item(2, 2, 'PENDING')] })?.id).toBe(2)
    expect(nextItem({ currentItemId: 2, items: [item(1, 1, 'PENDING'), item(2, 2, 'CURRENT')] })).toBeUndefined()
  })
})

describe('speaker timer', () => {
  const speaker = { speechId: 1, delegateId: 1, fullName: 'A', topic: 't', startedAt: '2026-11-22T10:00:00.000Z', limitSeconds: 300 }
  const at = (iso: string) => Date.parse(iso)
  it('counts from the start against the limit', () => {
    expect(speakerTimer(speaker, at('2026-11-22T10:01:15.400Z'))).toEqual({ elapsed: 75, remaining: 225, over: false, fraction: 0.25, warning: false })
  })
  it('warns in the last fifth and says when the time is over', () => {
    expect(speakerTimer(speaker, at('2026-11-22T10:04:30Z'))?.warning).toBe(true)
    const over = speakerTimer(speaker, at('2026-11-22T10:05:20Z'))
    expect(over).toMatchObject({ over: true, remaining: -20, fraction: 1, warning: false })
  })
  it('corrects this device clock by the server offset', () => {
    const offset = clockOffset('2026-11-22T10:00:10Z', at('2026-11-22T10:00:00Z'))
    expect(offset).toBe(10_000)
    expect(speakerTimer(speaker, at('2026-11-22T10:00:00Z'), offset)?.elapsed).toBe(10)
    expect(clockOffset(undefined, 5)).toBe(0)
  })
  it('has nothing to show without a speaker', () => {
    expect(speakerTimer(undefined, 0)).toBeNull()
    expect(speakerTimer({ ...speaker, startedAt: undefined }, 0)).toBeNull()
  })
})

describe('formatting and ordering', () => {
  it('formats a clock', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(75)).toBe('1:15')
    expect(formatClock(3725)).toBe('1:02:05')
    expect(formatClock(-20)).toBe('+0:20')
  })
  it('moves an entry within bounds', () => {
    expect(moved([1, 2, 3], 2, -1)).toEqual([1, 3, 2])
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3])
    expect(moved([1, 2, 3], 0, 5)).toEqual([2, 3, 1])
  })
  it('turns minutes into seconds', () => {
    expect(minutesToSeconds('5')).toBe(300)
    expect(minutesToSeconds('1,5')).toBe(90)
    expect(minutesToSeconds('abc')).toBeNull()
    expect(minutesToSeconds('0')).toBeNull()
  })
})
