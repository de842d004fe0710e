import { describe, expect, it } from 'vitest'
import { cardBatches, clockTime, ScanGate } from '../../src/lib/kiosk'

describe('the kiosk scan gate', () => {
  it('sends a code once while it stays in front of the camera, and again after it was out of sight', () => {
    const gate = new ScanGate(4000)
    expect(gate.admit('A', 0)).toBe(true)
    // seen every 100 ms for 10 s: each sighting restarts the quiet period
    for (let t = 100; t <= 10_000; t += 100) expect(gate.admit('A', t)).toBe(false)
    expect(gate.admit('A', 13_999)).toBe(false)
    expect(gate.admit('A', 18_000)).toBe(true)
  })

  it('lets another code through at once, and forgets everything on reset', () => {
    const gate = new ScanGate(4000)
    expect(gate.admit('A', 0)).toBe(true)
    expect(gate.admit('B', 50)).toBe(true)
    expect(gate.admit('A', 100)).toBe(false)
    gate.reset()
    expect(gate.admit('A', 200)).toBe(true)
  })
})

describe('card batches', () => {
  it('cuts the list into batches of at most 100 in order', () => {
    expect(cardBatches(0)).toEqual([])
    expect(cardBatches(7)).toEqual([{ from: 0, size: 7, first: 1, last: 7 }])
    expect(cardBatches(250)).toEqual([
      { from: 0, size: 100, first: 1, last: 100 },
      { from: 100, size: 100, first: 101, last: 200 },
      { from: 200, size: 50, first: 201, last: 250 },
    ])
    expect(cardBatches(200, 100).map((b) => b.last)).toEqual([100, 200])
  })
})

describe('clock time', () => {
  it('shows the ward clock (UTC+7) as HH:mm', () => {
    expect(clockTime('2026-11-22T01:05:00Z')).toBe('08:05')
    expect(clockTime('nonsense')).toBe('')
  })
})
