import type { StatisticsMovements } from '../api/types'
import { parseDate } from './dates'

/** The breakdowns whose keys are codes with translated labels (the others are stored texts). */
export const CODED_BREAKDOWNS: Record<string, string> = {
  status: 'enums.status',
  sex: 'enums.sex',
  politicalTheory: 'enums.politicalTheory',
  ageBand: 'statistics.ageBand',
  partyAgeBand: 'statistics.partyAgeBand',
}

/** The breakdowns shown with a chart beside the table, and which kind. */
export const CHARTED_BREAKDOWNS: Record<string, 'bar' | 'doughnut'> = {
  status: 'doughnut',
  sex: 'doughnut',
  ageBand: 'bar',
  politicalTheory: 'bar',
}

/** The movements in the period, in the order they are listed. */
export const MOVEMENT_KEYS: readonly (keyof StatisticsMovements)[] = [
  'admitted',
  'readmitted',
  'transferredIn',
  'died',
  'removed',
  'expelled',
  'transferredOut',
]

/** The key the server uses for a missing stored text. */
export const UNKNOWN_KEY = 'UNKNOWN'

/** `count` as a percentage of `total`, rounded to one decimal; 0 when the total is 0. */
export function percentOf(count: number, total: number): number {
  if (!total || !Number.isFinite(count) || !Number.isFinite(total)) return 0
  return Math.round((count / total) * 1000) / 10
}

/** `count` as a percentage of `total` with one decimal in the locale's number format: `86,0%` (vi-VN), `86.0%` (en-GB). */
export function formatPercent(count: number, total: number, localeTag: string): string {
  const n = new Intl.NumberFormat(localeTag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return `${n.format(percentOf(count, total))}%`
}

/**
 * The i18n key of a breakdown value's label, or null when the key is itself the text to show.
 * Band keys such as `31_40` are prefixed (`b31_40`) so that message paths never start with a digit.
 */
export function rowLabelKey(breakdown: string, key: string): string | null {
  const base = CODED_BREAKDOWNS[breakdown]
  if (base) return base.startsWith('statistics.') ? `${base}.b${key}` : `${base}.${key}`
  return key === UNKNOWN_KEY ? 'statistics.unknown' : null
}

export interface StatisticsForm {
  unitId: number | null
  /** dd/MM/yyyy as typed */
  date: string
  from: string
  to: string
}

export type StatisticsField = keyof StatisticsForm

/** Form errors as i18n keys per field. */
export function validateStatisticsForm(f: StatisticsForm): Partial<Record<StatisticsField, string>> {
  const errors: Partial<Record<StatisticsField, string>> = {}
  if (f.unitId == null) errors.unitId = 'validation.required'
  for (const field of ['date', 'from', 'to'] as const) {
    if (!f[field].trim()) {
      if (field === 'date') errors.date = 'validation.required'
    } else if (!parseDate(f[field])) errors[field] = 'validation.date'
  }
  const from = parseDate(f.from)
  const to = parseDate(f.to)
  if (from && to && from > to && !errors.to) errors.to = 'statistics.toBeforeFrom'
  return errors
}

/** 1 January of an ISO date's year. */
export function startOfYear(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`
}
