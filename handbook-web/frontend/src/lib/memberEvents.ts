import type { MemberEventKind, MemberStatus, NewMemberEvent } from '../api/types'
import { parseDate, todayIso } from './dates'

/** Every kind of membership event, in the order a member's Party life usually runs. */
export const EVENT_KINDS: readonly MemberEventKind[] = [
  'ADMISSION',
  'FULL_MEMBERSHIP',
  'EXEMPTION',
  'EXEMPTION_END',
  'DEATH',
  'REMOVAL',
  'EXPULSION',
  'READMISSION',
]

const ALLOWED: Record<MemberStatus, readonly MemberEventKind[]> = {
  PROBATIONARY: ['FULL_MEMBERSHIP', 'DEATH', 'REMOVAL', 'EXPULSION'],
  FULL: ['EXEMPTION', 'DEATH', 'REMOVAL', 'EXPULSION'],
  EXEMPT: ['EXEMPTION_END', 'DEATH', 'REMOVAL', 'EXPULSION'],
  REMOVED: ['READMISSION'],
  DECEASED: [],
  EXPELLED: [],
  TRANSFERRED_OUT: [],
}

/**
 * The events that make sense for a member in the given status (the form offers only these; the
 * server checks again). An unknown status allows nothing.
 */
export function allowedEventKinds(status: MemberStatus | string | null | undefined): MemberEventKind[] {
  if (!status || !Object.prototype.hasOwnProperty.call(ALLOWED, status)) return []
  return [...ALLOWED[status as MemberStatus]]
}

/** What the event form holds: the date as typed (dd/MM/yyyy), '' or null for nothing. */
export interface EventForm {
  kind: MemberEventKind | null
  date: string
  decisionNumber: string
  reason: string
}

export type EventField = keyof EventForm

/** The form's fields in display order (the first one in error gets the focus). */
export const EVENT_FIELDS: readonly EventField[] = ['kind', 'date', 'decisionNumber', 'reason']

export function emptyEventForm(status?: MemberStatus | string | null): EventForm {
  const allowed = allowedEventKinds(status)
  // Preselect only when there is no choice to make (e.g. re-admission after removal).
  return { kind: allowed.length === 1 ? allowed[0]! : null, date: '', decisionNumber: '', reason: '' }
}

/** Client-side checks (i18n keys per field); the server checks again and may add more. */
export function validateEventForm(
  form: EventForm,
  allowed: readonly MemberEventKind[],
  today: string = todayIso(),
): Partial<Record<EventField, string>> {
  const errors: Partial<Record<EventField, string>> = {}
  if (!form.kind || !allowed.includes(form.kind)) errors.kind = 'validation.required'
  const raw = form.date.trim()
  if (!raw) errors.date = 'validation.required'
  else {
    const iso = parseDate(raw)
    if (!iso) errors.date = 'validation.date'
    else if (iso > today) errors.date = 'validation.futureDate'
  }
  if (form.decisionNumber.trim().length > 50) errors.decisionNumber = 'validation.tooLong'
  if (form.reason.trim().length > 500) errors.reason = 'validation.tooLong'
  return errors
}

/** The POST body: the ISO date, trimmed text, null for empty text. Call after validating. */
export function eventFormToPayload(form: EventForm): NewMemberEvent {
  const text = (v: string) => (v.trim() === '' ? null : v.trim())
  return {
    kind: form.kind as MemberEventKind,
    date: parseDate(form.date) ?? '',
    decisionNumber: text(form.decisionNumber),
    reason: text(form.reason),
  }
}
