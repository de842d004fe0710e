import type { AttendanceLine, AttendanceStatus, Meeting } from '../api/meetings'
import { parseDate } from './dates'

/** "05/12/2026" and "19:30" → "2026-12-05T19:30" (the ward's local time); null when either is malformed. */
export function localDateTime(dateText: string, timeText: string): string | null {
  const date = parseDate(dateText)
  const m = /^\s*(\d{1,2})[:hg.](\d{2})\s*$/i.exec(timeText ?? '')
  if (!date || !m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 23 || min > 59) return null
  return `${date}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`
}

/** "2026-12-05T19:30[:00]" → { date: "05/12/2026", time: "19:30" }. */
export function splitLocal(value: string): { date: string; time: string } {
  const [d = '', t = ''] = value.split('T')
  const [y, mo, da] = d.split('-')
  return { date: y && mo && da ? `${da}/${mo}/${y}` : '', time: t.slice(0, 5) }
}

/** "05/12/2026, 19:30–21:30" (or with both dates when it runs past midnight). */
export function meetingWhen(m: Pick<Meeting, 'startsAt' | 'endsAt'>): string {
  const s = splitLocal(m.startsAt)
  const e = splitLocal(m.endsAt)
  return s.date === e.date ? `${s.date}, ${s.time}–${e.time}` : `${s.date} ${s.time} – ${e.date} ${e.time}`
}

/** One document per non-empty line, as the server stores them. */
export function documentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
}

/** A document line "Title https://…" or "Title | https://…" split into its title and (http/https only) link. */
export function documentLink(line: string): { title: string; href: string | null } {
  const m = /^(.*?)[\s|]*(\S+)$/.exec(line.trim())
  const last = m?.[2] ?? ''
  if (!/^https?:\/\/\S+$/i.test(last)) {
    const i = line.lastIndexOf('|')
    return { title: (i < 0 ? line : line.slice(0, i)).trim(), href: null }
  }
  const title = (m?.[1] ?? '').trim()
  return { title: title || last, href: last }
}

/**
 * The address a phone camera opens when it scans the meeting's QR code: the check-in page with the code. The
 * parameter is not called `code`: that name belongs to the OAuth sign-in that may happen on the way (Keycloak
 * refuses such a redirect address).
 */
export function checkInUrl(origin: string, base: string, code: string): string {
  const root = base.endsWith('/') ? base : `${base}/`
  return `${origin}${root}meetings/check-in?qr=${encodeURIComponent(code)}`
}

/** Upcoming meetings (not ended at `now`, ward-local ISO text), soonest first. */
export function upcoming(meetings: Meeting[], nowLocal: string): Meeting[] {
  return meetings.filter((m) => m.endsAt >= nowLocal).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

/** The ward's local date-time now, as the server's LocalDateTime text ("2026-11-22T09:05"). */
export function nowLocal(now: Date = new Date(), timeZone = 'Asia/Ho_Chi_Minh'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

/** Attendance counts of the required members, for a summary that updates as marks are made. */
export function counts(lines: AttendanceLine[]): Record<AttendanceStatus | 'UNMARKED', number> {
  const out = { PRESENT: 0, EXCUSED: 0, UNEXCUSED: 0, UNMARKED: 0 }
  for (const l of lines) {
    if (!l.required) continue
    out[l.attendance ?? 'UNMARKED']++
  }
  return out
}

/** Present share in whole per cent ("75%"), or "—" when nobody is required. */
export function percent(present: number, required: number): string {
  return required > 0 ? `${Math.round((100 * present) / required)}%` : '—'
}

/** A vote count typed in a form: blank is "not recorded", anything else must be a whole number ≥ 0. */
export function parseCount(text: string): number | null | undefined {
  const t = text.trim()
  if (t === '') return null
  return /^\d{1,5}$/.test(t) ? Number(t) : undefined
}
