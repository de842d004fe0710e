/** Rules of the dossier correction screens: which fields a member may ask about, and the form. */
import type { CorrectionState } from '../api/corrections'

/** The fields shown on the member's own dossier page, in its order (the cell is asked about by name). */
export const CORRECTABLE_FIELDS = [
  'fullName',
  'otherNames',
  'sex',
  'birthDate',
  'birthplace',
  'residence',
  'ethnicity',
  'religion',
  'citizenId',
  'occupation',
  'partyCardNumber',
  'cellId',
  'admissionDate',
  'fullMembershipDate',
  'generalEducation',
  'professionalQualification',
  'politicalTheory',
  'foreignLanguage',
  'itLevel',
] as const

export const MAX_PROPOSED = 500
export const MAX_REASON = 1000

export interface CorrectionForm {
  field: string
  proposedValue: string
  reason: string
}

export type CorrectionField = keyof CorrectionForm
export const CORRECTION_FIELDS: readonly CorrectionField[] = ['field', 'proposedValue', 'reason']

export function emptyCorrectionForm(field = ''): CorrectionForm {
  return { field, proposedValue: '', reason: '' }
}

export function validateCorrectionForm(f: CorrectionForm): Partial<Record<CorrectionField, string>> {
  const e: Partial<Record<CorrectionField, string>> = {}
  if (!f.field) e.field = 'validation.required'
  const p = f.proposedValue.trim()
  if (!p) e.proposedValue = 'validation.required'
  else if (p.length > MAX_PROPOSED) e.proposedValue = 'corrections.tooLong'
  if (f.reason.trim().length > MAX_REASON) e.reason = 'corrections.tooLong'
  return e
}

/** Fields with a request still waiting: the member is told rather than refused by the server. */
export function pendingFields(lines: { field: string; state: CorrectionState }[]): Set<string> {
  return new Set(lines.filter((l) => l.state === 'OPEN' || l.state === 'IN_PROGRESS').map((l) => l.field))
}

export function isClosed(state: CorrectionState): boolean {
  return state === 'DONE' || state === 'REJECTED'
}
