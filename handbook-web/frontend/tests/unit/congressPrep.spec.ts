import { describe, expect, it } from 'vitest'
import {
  firstFreeSeat,
  moveInGrid,
  nextRowLabel,
  photoSize,
  quorumView,
  reconnectDelay,
  rowProblems,
  seatCount,
  seatGrid,
  wardInstant,
} from '../../src/lib/congressPrep'

const rows = [
  { label: 'A', seats: 3 },
  { label: 'B', seats: 2 },
]
const people = [
  { id: 1, fullName: 'Nguyễn Văn An', seatRow: 'A', seatNumber: 2 },
  { id: 2, fullName: 'Trần Thị Bình', seatRow: 'B', seatNumber: 1 },
  { id: 3, fullName: 'Lê Văn Cường' },
  { id: 4, fullName: 'Ghế không còn', seatRow: 'C', seatNumber: 9 },
]

describe('seat map', () => {
  it('draws every row front first with who sits on each seat', () => {
    const grid = seatGrid(rows, people)
    expect(grid.map((r) => r.cells.map((c) => c.key))).toEqual([['A1', 'A2', 'A3'], ['B1', 'B2']])
    expect(grid[0]!.cells[1]!.occupant?.fullName).toBe('Nguyễn Văn An')
    expect(grid[0]!.cells[0]!.occupant).toBeNull()
    expect(grid[1]!.cells[0]!.occupant?.id).toBe(2)
  })

  it('counts seats and the taken ones inside the plan only', () => {
    expect(seatCount(rows, people)).toEqual({ seats: 5, taken: 2 })
  })

  it('finds the first free seat from the front, none when the hall is full', () => {
    expect(firstFreeSeat(rows, people)).toEqual({ row: 'A', number: 1 })
    const full = [1, 2, 3].map((n) => ({ id: n, fullName: 'x', seatRow: 'A', seatNumber: n }))
    expect(firstFreeSeat([{ label: 'A', seats: 3 }], full)).toBeNull()
  })

  it('suggests the next row label after A…Z', () => {
    expect(nextRowLabel([])).toBe('A')
    expect(nextRowLabel(['A', 'B'])).toBe('C')
    expect(nextRowLabel(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)))).toBe('AA')
    expect(nextRowLabel(['A', 'C'])).toBe('D')
  })

  it('says what is wrong with a row like the server does', () => {
    expect(rowProblems([{ label: 'a', seats: 10 }, { label: 'A', seats: 3 }, { label: 'B1', seats: 3 }, { label: 'C', seats: 0 }, { label: 'D', seats: 81 }])).toEqual(
      [null, 'duplicate', 'label', 'seats', 'seats'],
    )
  })

  it('moves the keyboard focus by seat and row, clamped to shorter rows', () => {
    expect(moveInGrid(rows, { row: 0, seat: 2 }, 'ArrowDown')).toEqual({ row: 1, seat: 1 })
    expect(moveInGrid(rows, { row: 0, seat: 2 }, 'ArrowRight')).toEqual({ row: 0, seat: 2 })
    expect(moveInGrid(rows, { row: 1, seat: 0 }, 'ArrowLeft')).toEqual({ row: 1, seat: 0 })
    expect(moveInGrid(rows, { row: 1, seat: 0 }, 'ArrowUp')).toEqual({ row: 0, seat: 0 })
    expect(moveInGrid(rows, { row: 0, seat: 0 }, 'End')).toEqual({ row: 0, seat: 2 })
    expect(moveInGrid(rows, { row: 0, seat: 2 }, 'Home')).toEqual({ row: 0, seat: 0 })
  })
})

describe('quorum display', () => {
  it('tells how many are still missing and where the quorum line is', () => {
    expect(quorumView({ present: 90, convened: 150, quorumNeeded: 100, quorumReached: false })).toEqual({
      present: 90, convened: 150, needed: 100, reached: false, missing: 10, percent: 60, neededPercent: 66,
    })
    const reached = quorumView({ present: 149, convened: 150, quorumNeeded: 100, quorumReached: true })
    expect(reached.missing).toBe(0)
    expect(reached.percent).toBe(99)
  })

  it('shows nothing convened as 0 %', () => {
    expect(quorumView({ present: 0, convened: 0, quorumNeeded: 0, quorumReached: false }).percent).toBe(0)
  })
})

describe('live board reconnection and photos', () => {
  it('backs off 1, 2, 4 … seconds up to 30 with jitter', () => {
    expect(reconnectDelay(0, () => 0)).toBe(1000)
    expect(reconnectDelay(2, () => 0)).toBe(4000)
    expect(reconnectDelay(10, () => 0)).toBe(30000)
    expect(reconnectDelay(1, () => 1)).toBe(2400)
  })

  it('scales a camera frame down to 800 pixels, never up', () => {
    expect(photoSize(1280, 720)).toEqual({ width: 800, height: 450 })
    expect(photoSize(480, 640)).toEqual({ width: 480, height: 640 })
    expect(photoSize(0, 0)).toEqual({ width: 0, height: 0 })
  })

  it('turns a ward-local date and time into an instant (UTC+7)', () => {
    expect(wardInstant('2025-06-01', '07:30')).toBe('2025-06-01T00:30:00.000Z')
    expect(wardInstant('2025-06-01', '25:00')).toBeNull()
    expect(wardInstant('01/06/2025', '07:30')).toBeNull()
  })
})
