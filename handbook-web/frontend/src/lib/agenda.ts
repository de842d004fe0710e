import type { LiveState } from '../api/live'

// The agenda and speaking sections of the live state, and the speaker's timer, for the console, tablet and big screen.

export interface LiveAgendaLine {
  id: number
  ordinal: number
  title: string
  kind: string
  status: 'PENDING' | 'CURRENT' | 'DONE'
  sessionId?: number
  speakingLimitSeconds: number
  startedAt?: string
  endedAt?: string
}

export interface LiveAgenda {
  currentItemId?: number
  items: LiveAgendaLine[]
}

export interface LiveSpeaker {
  speechId: number
  delegateId: number
  fullName: string
  delegation?: string
  group?: string
  topic: string
  agendaItemId?: number
  position?: number
  startedAt?: string
  limitSeconds?: number
}

export interface LiveSpeaking {
  asOf: string
  itemId?: number
  current?: LiveSpeaker
  queue: LiveSpeaker[]
  /** The presidium's console only. */
  requests?: LiveSpeaker[]
}

export function agendaOf(state: LiveState | null | undefined): LiveAgenda {
  const a = state?.sections?.agenda as LiveAgenda | undefined
  return a && Array.isArray(a.items) ? a : { items: [] }
}

export function speakingOf(state: LiveState | null | undefined): LiveSpeaking | null {
  const s = state?.sections?.speaking as LiveSpeaking | undefined
  return s && Array.isArray(s.queue) ? s : null
}

export function currentItem(agenda: LiveAgenda): LiveAgendaLine | undefined {
  return agenda.items.find((i) => i.id === agenda.currentItemId)
}

/** The next item "next" would move to: the first pending one after the current (or the first pending). */
export function nextItem(agenda: LiveAgenda): LiveAgendaLine | undefined {
  const cur = currentItem(agenda)
  return agenda.items.find((i) => i.status === 'PENDING' && (!cur || i.ordinal > cur.ordinal))
}

/**
 * How far this device's clock is behind the server's (ms to add to Date.now()): the state says when the server
 * computed it; it arrived a few milliseconds later, which is good enough for a speaker's timer.
 */
export function clockOffset(asOf: string | undefined, receivedAtMs: number): number {
  const server = asOf ? Date.parse(asOf) : NaN
  return Number.isFinite(server) ? server - receivedAtMs : 0
}

export interface TimerView {
  elapsed: number
  remaining: number
  over: boolean
  /** 0..1 of the limit used, for a bar. */
  fraction: number
  /** In the last fifth of the time (a warning colour before it runs out). */
  warning: boolean
}

/** The speaker's timer at `nowMs` (this device's clock, corrected by `offsetMs`). */
export function speakerTimer(speaker: LiveSpeaker | undefined, nowMs: number, offsetMs = 0): TimerView | null {
  if (!speaker?.startedAt || !speaker.limitSeconds) return null
  const started = Date.parse(speaker.startedAt)
  if (!Number.isFinite(started)) return null
  const elapsed = Math.max(0, Math.floor((nowMs + offsetMs - started) / 1000))
  const remaining = speaker.limitSeconds - elapsed
  return {
    elapsed,
    remaining,
    over: remaining < 0,
    fraction: Math.min(1, elapsed / speaker.limitSeconds),
    warning: remaining >= 0 && remaining <= speaker.limitSeconds / 5,
  }
}

/** 75 → "1:15"; 3725 → "1:02:05"; negative values (over time) with a leading "+" for the overrun. */
export function formatClock(seconds: number): string {
  const over = seconds < 0
  let s = Math.abs(Math.trunc(seconds))
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`
  return over ? `+${body}` : body
}

/** The list with the entry at `index` moved by `delta` places (kept in bounds); a new array. */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = [...list]
  const to = Math.max(0, Math.min(out.length - 1, index + delta))
  if (index < 0 || index >= out.length || to === index) return out
  const [x] = out.splice(index, 1)
  out.splice(to, 0, x as T)
  return out
}

/** Minutes typed in a form → seconds for the API (whole seconds; null when not a number). */
export function minutesToSeconds(text: string): number | null {
  const n = Number(String(text).replace(',', '.'))
  return Number.isFinite(n) && n > 0 ? Math.round(n * 60) : null
}
