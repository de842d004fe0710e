import type { MemberDossier, MemberPatch, MemberStatus, NewMember, PoliticalTheory, Sex } from '../api/types'
import { formatDate, parseDate } from './dates'

/** Every field of a dossier that the create/edit form edits, in form order. */
export const EDITABLE_FIELDS = [
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
  'status',
  'cellId',
  'admissionDate',
  'fullMembershipDate',
  'generalEducation',
  'professionalQualification',
  'politicalTheory',
  'foreignLanguage',
  'itLevel',
] as const satisfies readonly (keyof NewMember)[]

export type EditableField = (typeof EDITABLE_FIELDS)[number]

export const DATE_FIELDS = ['birthDate', 'admissionDate', 'fullMembershipDate'] as const
export type DateField = (typeof DATE_FIELDS)[number]

export function isDateField(field: string): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field)
}

/**
 * What the form holds: text exactly as typed (dates as dd/MM/yyyy), '' for "not chosen",
 * the cell as a number or null.
 */
export type MemberForm = { [K in Exclude<EditableField, 'cellId'>]: string } & { cellId: number | null }

export function emptyMemberForm(): MemberForm {
  const form = {} as Record<string, string | number | null>
  for (const f of EDITABLE_FIELDS) form[f] = f === 'cellId' ? null : ''
  form.status = 'PROBATIONARY'
  return form as MemberForm
}

export function formFromDossier(d: MemberDossier): MemberForm {
  const form = emptyMemberForm()
  for (const f of EDITABLE_FIELDS) {
    if (f === 'cellId') {
      form.cellId = d.cellId ?? null
    } else {
      const raw = d[f] as string | null | undefined
      form[f] = isDateField(f) ? formatDate(raw ?? null) : (raw ?? '')
    }
  }
  return form
}

function text(value: string): string | null {
  const t = value.trim()
  return t === '' ? null : t
}

/** Converts the form to the API's shape: trimmed text, '' → null, dates to ISO. */
export function formToPayload(form: MemberForm): NewMember {
  return {
    fullName: form.fullName.trim().replace(/\s+/g, ' '),
    otherNames: text(form.otherNames),
    sex: (text(form.sex) as Sex | null),
    birthDate: parseDate(form.birthDate),
    birthplace: text(form.birthplace),
    residence: text(form.residence),
    ethnicity: text(form.ethnicity),
    religion: text(form.religion),
    citizenId: text(form.citizenId),
    occupation: text(form.occupation),
    generalEducation: text(form.generalEducation),
    professionalQualification: text(form.professionalQualification),
    politicalTheory: (text(form.politicalTheory) as PoliticalTheory | null),
    foreignLanguage: text(form.foreignLanguage),
    itLevel: text(form.itLevel),
    admissionDate: parseDate(form.admissionDate),
    fullMembershipDate: parseDate(form.fullMembershipDate),
    partyCardNumber: text(form.partyCardNumber),
    status: (text(form.status) as MemberStatus | null),
    cellId: form.cellId ?? null,
  }
}

function normalizeOriginal(value: unknown): string | number | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') {
    const t = value.trim()
    return t === '' ? null : t
  }
  return value as number
}

/**
 * The PATCH body for an edit: the dossier's version plus only the fields whose value differs from
 * what was loaded. A field cleared in the form is sent as null.
 */
export function buildPatch(original: MemberDossier, form: MemberForm): MemberPatch {
  const next = formToPayload(form)
  const patch: Record<string, unknown> = { version: original.version }
  for (const f of EDITABLE_FIELDS) {
    const before = f === 'fullName' ? normalizeOriginal(original.fullName?.replace(/\s+/g, ' ')) : normalizeOriginal(original[f])
    const after = normalizeOriginal(next[f])
    if (before !== after) patch[f] = next[f]
  }
  return patch as MemberPatch
}

/** The fields a patch changes (everything but the version). */
export function changedFields(patch: MemberPatch): string[] {
  return Object.keys(patch).filter((k) => k !== 'version')
}
