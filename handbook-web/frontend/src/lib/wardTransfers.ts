import type { CellPeriod } from '../api/types'
import type { IncomingDossier, NewIllnessRecord, NewIncomingDossier, NewOutgoingTransfer } from '../api/wardTransfers'
import { formatDate, parseDate, todayIso } from './dates'
import { isValidCitizenId } from './validation'

type Errors<F extends string> = Partial<Record<F, string>>

function checkText(errors: Errors<string>, field: string, value: string, max: number, required: boolean) {
  const v = value.trim()
  if (!v) {
    if (required) errors[field] = 'validation.required'
  } else if (v.length > max) errors[field] = 'validation.tooLong'
}

function checkDate(errors: Errors<string>, field: string, value: string, required: boolean, notAfter?: string) {
  const raw = value.trim()
  if (!raw) {
    if (required) errors[field] = 'validation.required'
    return
  }
  const iso = parseDate(raw)
  if (!iso) errors[field] = 'validation.date'
  else if (notAfter && iso > notAfter) errors[field] = 'validation.futureDate'
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())

// ---- transfer out of the ward ----

export interface OutgoingForm {
  destinationName: string
  destinationLevel: string
  destinationProvince: string
  decisionNumber: string
  date: string
  reason: string
}
export type OutgoingField = keyof OutgoingForm
export const OUTGOING_FIELDS: readonly OutgoingField[] = [
  'destinationName',
  'destinationLevel',
  'destinationProvince',
  'decisionNumber',
  'date',
  'reason',
]

export function emptyOutgoingForm(): OutgoingForm {
  return { destinationName: '', destinationLevel: '', destinationProvince: '', decisionNumber: '', date: '', reason: '' }
}

/** Same limits as the server: destination 200, level and province 100, decision number 60, reason 500. */
export function validateOutgoingForm(form: OutgoingForm): Errors<OutgoingField> {
  const errors: Errors<OutgoingField> = {}
  checkText(errors, 'destinationName', form.destinationName, 200, true)
  checkText(errors, 'destinationLevel', form.destinationLevel, 100, false)
  checkText(errors, 'destinationProvince', form.destinationProvince, 100, false)
  checkText(errors, 'decisionNumber', form.decisionNumber, 60, true)
  checkDate(errors, 'date', form.date, true)
  checkText(errors, 'reason', form.reason, 500, false)
  return errors
}

export function outgoingFormToPayload(memberId: number, form: OutgoingForm): NewOutgoingTransfer {
  return {
    memberId,
    destinationName: form.destinationName.trim(),
    destinationLevel: orNull(form.destinationLevel),
    destinationProvince: orNull(form.destinationProvince),
    decisionNumber: form.decisionNumber.trim(),
    date: parseDate(form.date) ?? '',
    reason: orNull(form.reason),
  }
}

/** "Đảng bộ xã Yên Phú (Đảng bộ cơ sở), Hưng Yên", as the server writes it in the history. */
export function describeDestination(d: { destinationName: string; destinationLevel?: string | null; destinationProvince?: string | null }): string {
  let s = d.destinationName
  if (d.destinationLevel) s += ` (${d.destinationLevel})`
  if (d.destinationProvince) s += `, ${d.destinationProvince}`
  return s
}

// ---- dossier received into the ward ----

export interface IncomingForm {
  fullName: string
  sex: 'MALE' | 'FEMALE' | null
  birthDate: string
  citizenId: string
  birthplace: string
  residence: string
  ethnicity: string
  religion: string
  occupation: string
  partyCardNumber: string
  admissionDate: string
  fullMembershipDate: string
  sendingOrg: string
  slipNumber: string
}
export type IncomingField = keyof IncomingForm
export const INCOMING_FIELDS: readonly IncomingField[] = [
  'sendingOrg',
  'slipNumber',
  'fullName',
  'sex',
  'birthDate',
  'citizenId',
  'partyCardNumber',
  'admissionDate',
  'fullMembershipDate',
  'birthplace',
  'residence',
  'ethnicity',
  'religion',
  'occupation',
]
const INCOMING_DATES: readonly IncomingField[] = ['birthDate', 'admissionDate', 'fullMembershipDate']

export function emptyIncomingForm(): IncomingForm {
  return {
    fullName: '', sex: null, birthDate: '', citizenId: '', birthplace: '', residence: '', ethnicity: '', religion: '',
    occupation: '', partyCardNumber: '', admissionDate: '', fullMembershipDate: '', sendingOrg: '', slipNumber: '',
  }
}

export function validateIncomingForm(form: IncomingForm, today: string = todayIso()): Errors<IncomingField> {
  const errors: Errors<IncomingField> = {}
  checkText(errors, 'sendingOrg', form.sendingOrg, 200, true)
  checkText(errors, 'slipNumber', form.slipNumber, 60, true)
  checkText(errors, 'fullName', form.fullName, 150, true)
  if (!form.sex) errors.sex = 'validation.required'
  checkDate(errors, 'birthDate', form.birthDate, true, today)
  checkDate(errors, 'admissionDate', form.admissionDate, false, today)
  checkDate(errors, 'fullMembershipDate', form.fullMembershipDate, false, today)
  if (!form.citizenId.trim()) errors.citizenId = 'validation.required'
  else if (!isValidCitizenId(form.citizenId)) errors.citizenId = 'validation.citizenId'
  for (const f of ['birthplace', 'residence', 'occupation'] as const) checkText(errors, f, form[f], 200, false)
  for (const f of ['ethnicity', 'religion'] as const) checkText(errors, f, form[f], 60, false)
  checkText(errors, 'partyCardNumber', form.partyCardNumber, 16, false)
  return errors
}

/** Only the fields filled in, dates in ISO form; the server derives the status from the full-membership date. */
export function incomingFormToPayload(form: IncomingForm): NewIncomingDossier {
  const out: NewIncomingDossier = {}
  for (const f of INCOMING_FIELDS) {
    const v = form[f]
    if (v == null) continue
    const text = String(v).trim()
    if (!text) continue
    out[f] = (INCOMING_DATES as readonly string[]).includes(f) ? (parseDate(text) ?? text) : text
  }
  return out
}

/** A dossier may be accepted once checked with every item in order. */
export function checkPassed(d: Pick<IncomingDossier, 'state' | 'slipPresent' | 'dossierComplete' | 'cardMatches'>): boolean {
  return d.state === 'CHECKED' && !!d.slipPresent && !!d.dossierComplete && !!d.cardMatches
}

export function isOpenIncoming(d: Pick<IncomingDossier, 'state'>): boolean {
  return d.state === 'RECEIVED' || d.state === 'CHECKED'
}

export interface AcceptForm {
  cellId: number | null
  date: string
}
export type AcceptField = keyof AcceptForm
export const ACCEPT_FIELDS: readonly AcceptField[] = ['cellId', 'date']

export function validateAcceptForm(form: AcceptForm, today: string = todayIso()): Errors<AcceptField> {
  const errors: Errors<AcceptField> = {}
  if (form.cellId == null) errors.cellId = 'validation.required'
  checkDate(errors, 'date', form.date, true, today)
  return errors
}

// ---- serious illness (early Party badge) ----

export interface IllnessForm {
  since: string
  advanceMonths: 12 | 24 | null
  note: string
}
export type IllnessField = keyof IllnessForm
export const ILLNESS_FIELDS: readonly IllnessField[] = ['since', 'advanceMonths', 'note']

export function emptyIllnessForm(): IllnessForm {
  return { since: '', advanceMonths: null, note: '' }
}

export function validateIllnessForm(form: IllnessForm, today: string = todayIso()): Errors<IllnessField> {
  const errors: Errors<IllnessField> = {}
  checkDate(errors, 'since', form.since, true, today)
  if (form.advanceMonths !== 12 && form.advanceMonths !== 24) errors.advanceMonths = 'validation.required'
  checkText(errors, 'note', form.note, 500, false)
  return errors
}

export function illnessFormToPayload(memberId: number, form: IllnessForm): NewIllnessRecord {
  return { memberId, since: parseDate(form.since) ?? '', advanceMonths: form.advanceMonths ?? 0, note: orNull(form.note) }
}

// ---- membership history ----

/** The lines under one cell of the history, as i18n keys with their values: where they came from, where they went. */
export function cellPeriodNotes(c: CellPeriod): { key: string; params: Record<string, string> }[] {
  const notes: { key: string; params: Record<string, string> }[] = []
  if (c.receivedFrom && c.from) notes.push({ key: 'wardTransfers.receivedFrom', params: { org: c.receivedFrom, date: formatDate(c.from) } })
  if (c.transferredOutTo && c.to) notes.push({ key: 'wardTransfers.transferredOutTo', params: { org: c.transferredOutTo, date: formatDate(c.to) } })
  return notes
}
