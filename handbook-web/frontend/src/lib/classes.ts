import type { ClassSession, Learner } from '../api/classes'
import type { Me, Unit } from '../api/types'
import { formatDate } from './dates'
import { managedUnitIds } from './unitTree'

/**
 * A Vietnamese phone number as people type it ("0912 345 678", "+84 912 345 678") in the form the server keeps,
 * "0912345678"; null when it is not one (mobiles: 10 digits from 03, 05, 07, 08, 09; landlines: 11 from 02).
 * The server applies the same rule; this only lets the form say so before sending.
 */
export function normalisePhone(typed: string | null | undefined): string | null {
  if (!typed) return null
  let s = typed.trim().replace(/[\s.\-()]/g, '')
  if (s.startsWith('+84')) s = `0${s.slice(3)}`
  else if (s.startsWith('0084')) s = `0${s.slice(4)}`
  else if (s.startsWith('84') && s.length >= 11) s = `0${s.slice(2)}`
  return /^0[35789]\d{8}$/.test(s) || /^02\d{9}$/.test(s) ? s : null
}

/** "0912345678" → "0912 345 678" for reading aloud over the phone. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  if (phone.length === 10) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`
  if (phone.length === 11) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`
  return phone
}

/** Skills typed one a line (or separated by semicolons), trimmed, without blanks or repeats. */
export function skillLines(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(/\r?\n|;/)) {
    const s = raw.trim().replace(/\s+/g, ' ')
    if (s && !out.some((x) => x.toLocaleLowerCase('vi') === s.toLocaleLowerCase('vi'))) out.push(s)
  }
  return out
}

export type Mark = 'PRESENT' | 'ABSENT' | null

/** The learner's attendance at a session: present, absent or not marked yet. */
export function markAt(learner: Pick<Learner, 'presentAt' | 'absentAt'>, sessionId: number): Mark {
  if (learner.presentAt.includes(sessionId)) return 'PRESENT'
  if (learner.absentAt.includes(sessionId)) return 'ABSENT'
  return null
}

/** "19:00" from "19:00:00"; "7h05" and "7:05" typed → "07:05"; '' stays ''; null when malformed. */
export function parseTime(text: string | null | undefined): string | null {
  const s = (text ?? '').trim()
  if (!s) return ''
  const m = /^(\d{1,2})[:hg.](\d{2})(?::\d{2})?$/i.exec(s)
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 23 || min > 59) return null
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`
}

/** "05/12/2026, 19:00" or "05/12/2026". */
export function sessionWhen(s: Pick<ClassSession, 'date' | 'time'>): string {
  return s.time ? `${formatDate(s.date)}, ${s.time.slice(0, 5)}` : formatDate(s.date)
}

/** The session to mark by default: the latest one held, else the first. */
export function defaultSession(sessions: readonly ClassSession[]): ClassSession | null {
  const held = sessions.filter((s) => s.held)
  return held[held.length - 1] ?? sessions[0] ?? null
}

/** The units a caller may open a class for: officers the ward and every cell; a secretary their own cells. */
export function classUnits(units: readonly Unit[], me: Me | null, wholeWard: boolean): Unit[] {
  const visible = wholeWard ? null : managedUnitIds(units, me?.unitIds ?? [])
  return units
    .filter((u) => !u.dissolvedOn && (u.kind === 'CELL' || (u.kind === 'WARD' && wholeWard)))
    .filter((u) => !visible || visible.has(u.id))
    .slice()
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'vi') : a.kind === 'WARD' ? -1 : 1))
}

/** The report's default period: from the first day of the year to today (ISO). */
export function defaultPeriod(todayIso: string): { from: string; to: string } {
  return { from: `${todayIso.slice(0, 4)}-01-01`, to: todayIso }
}

/** Share completed, as "75%" (no learners: "—"). */
export function completionRate(completed: number, learners: number): string {
  return learners > 0 ? `${Math.round((100 * completed) / learners)}%` : '—'
}
