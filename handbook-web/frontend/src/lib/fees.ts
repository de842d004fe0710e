import type { ArrearsLevel, LedgerMember, LedgerMonth } from '../api/fees'

/** VND with the locale's grouping and no decimals: 85.000 ₫ in Vietnamese. */
export function formatVnd(amount: number | null | undefined, localeTag: string): string {
  if (amount == null || !Number.isFinite(amount)) return '—'
  return new Intl.NumberFormat(localeTag, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount)
}

/**
 * An amount typed by a person: digits with optional grouping by dots, commas or spaces ("85.000", "85 000",
 * "85000 đ"). Null when it is not a whole number of đồng; negative amounts come back negative for the server
 * to refuse with its own message.
 */
export function parseAmount(text: string | null | undefined): number | null {
  if (text == null) return null
  const t = text.trim().replace(/\s*(đ|₫|vnd|vnđ)$/i, '')
  if (!/^-?\d{1,3}([.,\s]?\d{3})*$|^-?\d+$/.test(t)) return null
  const n = Number(t.replace(/[.,\s]/g, ''))
  return Number.isSafeInteger(n) ? n : null
}

/** "03/2026" or "3/2026" → "2026-03"; null when malformed. */
export function parseMonth(text: string | null | undefined): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text ?? '')
  if (!m) return null
  const month = Number(m[1])
  if (month < 1 || month > 12) return null
  return `${m[2]}-${String(month).padStart(2, '0')}`
}

/** "2026-03" → "03/2026". */
export function formatMonth(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})$/.exec(iso ?? '')
  return m ? `${m[2]}/${m[1]}` : ''
}

/** The ledger month (1-12) of a member, as the server sent it. */
export function monthOf(member: LedgerMember, month: number): LedgerMonth | undefined {
  return member.months[month - 1]
}

/** What the secretary should see for a member in a month. */
export type MonthStatus = 'notInCell' | 'paid' | 'partly' | 'unpaid' | 'notYet'

/** `currentMonth` is "yyyy-MM" of today: later months have not begun, earlier ones not owed were before joining. */
export function monthStatus(m: LedgerMonth | undefined, currentMonth: string): MonthStatus {
  if (!m) return 'notYet'
  if (m.paid != null) return m.due != null && m.paid < m.due ? 'partly' : 'paid'
  if (!m.owed) return m.month > currentMonth ? 'notYet' : 'notInCell'
  return 'unpaid'
}

/** i18n key of a warning level, or null for none. */
export function levelKey(level: ArrearsLevel): string | null {
  return level === 'NONE' ? null : `fees.level.${level}`
}

/** The members with a warning or a flag, flags first, then by unpaid months. */
export function behind(members: readonly LedgerMember[]): LedgerMember[] {
  return members
    .filter((m) => m.level !== 'NONE')
    .sort((a, b) => b.unpaidMonths - a.unpaidMonths || a.fullName.localeCompare(b.fullName, 'vi'))
}

/** The years a ledger can be asked for: this year and the four before, newest first. */
export function recentYears(current: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => current - i)
}
