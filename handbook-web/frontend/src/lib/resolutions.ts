import type { StatusCounts, TaskStatus, TaskSummary } from '../api/resolutions'
import { parseDate } from './dates'

/** The statuses in the order the dashboard shows them. */
export const STATUSES: readonly TaskStatus[] = ['DONE', 'ON_TIME', 'AT_RISK', 'OVERDUE']

/** The largest evidence file the server accepts (10 MB). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
export const MAX_NOTE = 4000

/** The count of one status. */
export function countOf(c: StatusCounts, s: TaskStatus): number {
  switch (s) {
    case 'DONE':
      return c.done
    case 'ON_TIME':
      return c.onTime
    case 'AT_RISK':
      return c.atRisk
    case 'OVERDUE':
      return c.overdue
  }
}

export function shareOf(c: StatusCounts, s: TaskStatus): number {
  switch (s) {
    case 'DONE':
      return c.doneShare
    case 'ON_TIME':
      return c.onTimeShare
    case 'AT_RISK':
      return c.atRiskShare
    case 'OVERDUE':
      return c.overdueShare
  }
}

/** Labels and values for the status chart, statuses without tasks left out. */
export function statusChart(c: StatusCounts, label: (s: TaskStatus) => string): { labels: string[]; values: number[] } {
  const shown = STATUSES.filter((s) => countOf(c, s) > 0)
  return { labels: shown.map(label), values: shown.map((s) => countOf(c, s)) }
}

/** Open tasks needing attention first (overdue, then at risk), then on time, then done; nearest deadline first. */
export function byUrgency(tasks: readonly TaskSummary[]): TaskSummary[] {
  const rank: Record<TaskStatus, number> = { OVERDUE: 0, AT_RISK: 1, ON_TIME: 2, DONE: 3 }
  return [...tasks].sort(
    (a, b) => rank[a.status] - rank[b.status] || a.deadline.localeCompare(b.deadline) || a.id - b.id,
  )
}

/** What the target reads like: "Số người hoàn thành: 60 người". */
export function targetText(t: Pick<TaskSummary, 'indicator' | 'targetValue' | 'targetUnit'>): string {
  const value = t.targetValue == null ? '' : [formatNumber(t.targetValue), t.targetUnit ?? ''].join(' ').trim()
  if (t.indicator && value) return `${t.indicator}: ${value}`
  return t.indicator ?? value
}

/** Numbers as Vietnamese write them: 1.234,5. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n)
}

/** Parses a number typed the Vietnamese way (comma decimal) or the English way; null when not a number. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, '')
  if (!s) return null
  // "1.234,5" → 1234.5; "12,5" → 12.5; "12.5" → 12.5
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null
  return Number(normal)
}

export interface ReportForm {
  value: string
  done: boolean
  note: string
  file: File | null
}

export type ReportField = 'value' | 'note' | 'file'

/**
 * Checks a progress report before sending: the value (or percent, without a target) is a number in range, the
 * text is there, the file is not too large; marking the task done needs a file. Returns i18n keys by field.
 */
export function validateReport(form: ReportForm, hasTarget: boolean): Partial<Record<ReportField, string>> {
  const errors: Partial<Record<ReportField, string>> = {}
  const n = parseNumber(form.value)
  if (form.value.trim() === '') {
    if (!form.done) errors.value = 'resolution.report.errors.valueRequired'
  } else if (n === null || n < 0) {
    errors.value = 'resolution.report.errors.number'
  } else if (!hasTarget && n > 100) {
    errors.value = 'resolution.report.errors.percent'
  }
  if (!form.note.trim()) errors.note = 'resolution.report.errors.noteRequired'
  else if (form.note.length > MAX_NOTE) errors.note = 'resolution.report.errors.noteTooLong'
  if (form.file && form.file.size > MAX_EVIDENCE_BYTES) errors.file = 'resolution.report.errors.fileTooLarge'
  else if (form.done && !form.file) errors.file = 'resolution.report.errors.evidenceRequired'
  return errors
}

export interface ResolutionForm {
  kind: string
  code: string
  title: string
  issuedOn: string
  issuer: string
}

export type ResolutionField = keyof ResolutionForm

export function validateResolution(f: ResolutionForm): Partial<Record<ResolutionField, string>> {
  const errors: Partial<Record<ResolutionField, string>> = {}
  for (const k of ['kind', 'code', 'title', 'issuer'] as const) {
    if (!f[k].trim()) errors[k] = 'resolution.errors.required'
  }
  if (!f.issuedOn.trim()) errors.issuedOn = 'resolution.errors.required'
  else if (!parseDate(f.issuedOn)) errors.issuedOn = 'resolution.errors.date'
  return errors
}

export interface TaskForm {
  title: string
  unitId: number | null
  startsOn: string
  deadline: string
  indicator: string
  targetValue: string
  targetUnit: string
}

export type TaskField = keyof TaskForm

export function validateTask(f: TaskForm): Partial<Record<TaskField, string>> {
  const errors: Partial<Record<TaskField, string>> = {}
  if (!f.title.trim()) errors.title = 'resolution.errors.required'
  if (f.unitId == null) errors.unitId = 'resolution.errors.required'
  if (!f.deadline.trim()) errors.deadline = 'resolution.errors.required'
  else if (!parseDate(f.deadline)) errors.deadline = 'resolution.errors.date'
  if (f.startsOn.trim() && !parseDate(f.startsOn)) errors.startsOn = 'resolution.errors.date'
  const start = parseDate(f.startsOn)
  const end = parseDate(f.deadline)
  if (start && end && end < start) errors.deadline = 'resolution.errors.deadlineBeforeStart'
  if (f.targetValue.trim()) {
    const n = parseNumber(f.targetValue)
    if (n === null || n <= 0) errors.targetValue = 'resolution.errors.target'
  }
  return errors
}
