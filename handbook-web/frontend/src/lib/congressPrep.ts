/**
 * Rules of the congress preparation screens that do not need a browser: the hall drawn as a grid, the next
 * free seat, row labels, how the quorum is told, and how long to wait before the live board reconnects.
 */

/** A row of the hall as the API carries it. */
export interface HallRow {
  label: string
  seats: number
}

/** Whoever may sit on a seat: the least the grid needs to know. */
export interface Seated {
  id: number
  fullName: string
  seatRow?: string | null
  seatNumber?: number | null
}

export interface SeatCell<D extends Seated> {
  row: string
  number: number
  /** "A12" */
  key: string
  occupant: D | null
}

export interface GridRow<D extends Seated> {
  label: string
  cells: SeatCell<D>[]
}

export const MAX_ROWS = 60
export const MAX_SEATS_PER_ROW = 80
const ROW_LABEL = /^[A-Z]{1,3}$/

export function seatKey(row: string, number: number): string {
  return `${row}${number}`
}

/** The hall as rows of seats, front row first, each seat with whoever sits on it. */
export function seatGrid<D extends Seated>(rows: readonly HallRow[], people: readonly D[]): GridRow<D>[] {
  const bySeat = new Map<string, D>()
  for (const p of people) {
    if (p.seatRow && p.seatNumber != null) bySeat.set(seatKey(p.seatRow, p.seatNumber), p)
  }
  return rows.map((r) => ({
    label: r.label,
    cells: Array.from({ length: r.seats }, (_, i) => {
      const key = seatKey(r.label, i + 1)
      return { row: r.label, number: i + 1, key, occupant: bySeat.get(key) ?? null }
    }),
  }))
}

/** Seats in the hall, and how many are taken. */
export function seatCount(rows: readonly HallRow[], people: readonly Seated[]): { seats: number; taken: number } {
  const seats = rows.reduce((n, r) => n + r.seats, 0)
  const valid = new Set(rows.flatMap((r) => Array.from({ length: r.seats }, (_, i) => seatKey(r.label, i + 1))))
  const taken = new Set(
    people.filter((p) => p.seatRow && p.seatNumber != null).map((p) => seatKey(p.seatRow!, p.seatNumber!)),
  )
  return { seats, taken: [...taken].filter((k) => valid.has(k)).length }
}

/** The label after the last one: A → B, Z → AA, AZ → BA. */
export function nextRowLabel(labels: readonly string[]): string {
  const used = new Set(labels)
  let n = labels.length
  for (;;) {
    const label = labelOf(n)
    if (!used.has(label)) return label
    n++
  }
}

function labelOf(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export type RowProblem = 'label' | 'duplicate' | 'seats'

/** What is wrong with each row of a drawn plan (the server says the same; this spares a round trip). */
export function rowProblems(rows: readonly HallRow[]): (RowProblem | null)[] {
  const seen = new Set<string>()
  return rows.map((r) => {
    const label = r.label.trim().toUpperCase()
    if (!ROW_LABEL.test(label)) return 'label'
    if (seen.has(label)) return 'duplicate'
    seen.add(label)
    if (!Number.isInteger(r.seats) || r.seats < 1 || r.seats > MAX_SEATS_PER_ROW) return 'seats'
    return null
  })
}

/** The first free seat from the front, or null when the hall is full. */
export function firstFreeSeat(rows: readonly HallRow[], people: readonly Seated[]): { row: string; number: number } | null {
  for (const r of seatGrid(rows, people)) {
    const free = r.cells.find((c) => !c.occupant)
    if (free) return { row: free.row, number: free.number }
  }
  return null
}

/** Moves keyboard focus in the seat grid: arrows by one seat or row (clamped to the row's length). */
export function moveInGrid(
  rows: readonly HallRow[],
  at: { row: number; seat: number },
  key: string,
): { row: number; seat: number } {
  let { row, seat } = at
  const length = (r: number) => rows[r]?.seats ?? 1
  if (key === 'ArrowLeft') seat = Math.max(0, seat - 1)
  else if (key === 'ArrowRight') seat = Math.min(length(row) - 1, seat + 1)
  else if (key === 'ArrowUp') row = Math.max(0, row - 1)
  else if (key === 'ArrowDown') row = Math.min(rows.length - 1, row + 1)
  else if (key === 'Home') seat = 0
  else if (key === 'End') seat = length(row) - 1
  return { row, seat: Math.min(seat, length(row) - 1) }
}

export interface QuorumView {
  present: number
  convened: number
  needed: number
  reached: boolean
  /** How many more must come for the quorum (0 once reached). */
  missing: number
  /** Present as a share of the convened, 0–100, rounded down (never shows 100 % before everyone is there). */
  percent: number
  /** Where the quorum line sits on the same bar, 0–100. */
  neededPercent: number
}

export function quorumView(b: { present: number; convened: number; quorumNeeded: number; quorumReached: boolean }): QuorumView {
  const pct = (n: number) => (b.convened > 0 ? Math.min(100, Math.floor((100 * n) / b.convened)) : 0)
  return {
    present: b.present,
    convened: b.convened,
    needed: b.quorumNeeded,
    reached: b.quorumReached,
    missing: Math.max(0, b.quorumNeeded - b.present),
    percent: pct(b.present),
    neededPercent: pct(b.quorumNeeded),
  }
}

/** Wait before reconnecting the live board: 1, 2, 4 … seconds, at most 30, with up to 20 % jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt))
  return Math.round(base * (1 + 0.2 * random()))
}

/** The size to draw a camera frame at so the photo is at most `max` pixels on its longer side. */
export function photoSize(width: number, height: number, max = 800): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 }
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** "2025-2030" from a start year: a five-year term. */
export function termFrom(year: number): string {
  return `${year}-${year + 5}`
}

/** ISO instant from a ward-local date (yyyy-MM-dd) and time (HH:mm), Asia/Ho_Chi_Minh being UTC+7 all year. */
export function wardInstant(isoDate: string, hhmm: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null
  const local = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)),
    Number(m[1]), Number(m[2]))
  return new Date(local - 7 * 3600_000).toISOString()
}
