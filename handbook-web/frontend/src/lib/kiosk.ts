/**
 * The door kiosk's rules that do not need a camera: which scans to send, and how to cut the delegate list into
 * card batches.
 */

/** How long a code must be out of sight before the same code is sent again. */
export const SCAN_QUIET_MS = 4000

/**
 * Lets each code through once while it stays in front of the camera: the camera sees a card many times a
 * second, and each sighting restarts the quiet period. Another code passes at once.
 */
export class ScanGate {
  private readonly seen = new Map<string, number>()

  constructor(private readonly quietMs = SCAN_QUIET_MS) {}

  /** True when this sighting should be sent to the server. */
  admit(code: string, now: number): boolean {
    for (const [c, at] of this.seen) {
      if (now - at >= this.quietMs) this.seen.delete(c)
    }
    const last = this.seen.get(code)
    this.seen.set(code, now)
    return last === undefined
  }

  /** Forget every code (a new session, or the operator asks to scan again). */
  reset(): void {
    this.seen.clear()
  }
}

export interface CardBatch {
  from: number
  size: number
  /** 1-based, inclusive: "1–100". */
  first: number
  last: number
}

/** Consecutive batches of at most `size` covering `count` cards in the list's order. */
export function cardBatches(count: number, size = 100): CardBatch[] {
  const out: CardBatch[] = []
  for (let from = 0; from < count; from += size) {
    const n = Math.min(size, count - from)
    out.push({ from, size: n, first: from + 1, last: from + n })
  }
  return out
}

export type KioskState = 'idle' | 'welcome' | 'already' | 'refused' | 'closed'

/** "08:05", the ward's clock, for "already checked in at …". */
export function clockTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return new Intl.DateTimeFormat('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(d)
}
