/**
 * Dates travel as ISO `yyyy-MM-dd` in JSON and are shown and typed as `dd/MM/yyyy`.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/
const DISPLAY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** The time zone the ward works in; instants are shown in it whatever the browser's zone. */
export const WARD_TIME_ZONE = 'Asia/Ho_Chi_Minh'

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** `2025-03-07` → `07/03/2025`; null or empty → ''; anything unparseable is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = ISO_DATE.exec(iso)
  if (!m) return iso
  return `${m[3]}/${m[2]}/${m[1]}`
}

/**
 * Parses what a user typed as a day-first date (`dd/MM/yyyy`; one-digit day or month and the
 * separators `.` or `-` are tolerated) and returns the ISO date, or null when it is not a real date
 * (31/02/2025, 29/02/2023, 00/01/2020 …).
 */
export function parseDate(text: string | null | undefined): string | null {
  if (text == null) return null
  const m = DISPLAY_DATE.exec(text.trim())
  if (!m) return null
  const day = Number(m[1])
  const month = Number(m[2])
  const year = Number(m[3])
  if (!isRealDate(year, month, day)) return null
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** True for an ISO `yyyy-MM-dd` string naming a real calendar day. */
export function isIsoDate(value: string | null | undefined): boolean {
  if (!value) return false
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Rewrites a typed date in its canonical form (`1/2/2025` → `01/02/2025`); leaves other text alone. */
export function normalizeDateInput(text: string): string {
  const iso = parseDate(text)
  return iso ? formatDate(iso) : text
}

function zonedParts(date: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const out: Record<string, string> = {}
  for (const p of parts) out[p.type] = p.value
  return out
}

/** An instant (`2026-11-21T10:15:00Z`) as `dd/MM/yyyy HH:mm` in the ward's time zone. */
export function formatDateTime(instant: string | null | undefined, timeZone: string = WARD_TIME_ZONE): string {
  if (!instant) return ''
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const p = zonedParts(date, timeZone)
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** Today's date (ISO) in the ward's time zone. */
export function todayIso(now: Date = new Date(), timeZone: string = WARD_TIME_ZONE): string {
  const p = zonedParts(now, timeZone)
  return `${p.year}-${p.month}-${p.day}`
}

/** An ISO date plus whole months, the day clamped to the target month (31/01 + 1 month → 28 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7)) - 1 + months
  const y = year + Math.floor(month / 12)
  const m = ((month % 12) + 12) % 12 + 1
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
