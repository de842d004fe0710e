import { parseDate, todayIso } from './dates'
import { DATE_FIELDS, type EditableField, type MemberForm } from './memberForm'

/** Errors per field, as i18n keys. */
export type FormErrors = Partial<Record<EditableField, string>>

/** A Vietnamese citizen identity card (CCCD) number has exactly 12 digits. */
export function isValidCitizenId(value: string | null | undefined): boolean {
  return /^\d{12}$/.test((value ?? '').trim())
}

export const REQUIRED_FIELDS: readonly EditableField[] = ['fullName', 'sex', 'birthDate', 'citizenId', 'cellId']

/** Client-side checks before anything is sent; the server checks again and may add more. */
export function validateMemberForm(form: MemberForm, today: string = todayIso()): FormErrors {
  const errors: FormErrors = {}

  if (!form.fullName.trim()) errors.fullName = 'validation.required'
  else if (form.fullName.trim().length > 150) errors.fullName = 'validation.tooLong'

  if (!form.sex) errors.sex = 'validation.required'

  if (!form.citizenId.trim()) errors.citizenId = 'validation.required'
  else if (!isValidCitizenId(form.citizenId)) errors.citizenId = 'validation.citizenId'

  if (form.cellId == null) errors.cellId = 'validation.required'

  for (const f of DATE_FIELDS) {
    const raw = form[f].trim()
    if (!raw) {
      if (f === 'birthDate') errors.birthDate = 'validation.required'
      continue
    }
    const iso = parseDate(raw)
    if (!iso) errors[f] = 'validation.date'
    else if (iso > today) errors[f] = 'validation.futureDate'
  }

  const birth = parseDate(form.birthDate)
  const admission = parseDate(form.admissionDate)
  const full = parseDate(form.fullMembershipDate)
  if (birth && admission && !errors.admissionDate && admission <= birth) errors.admissionDate = 'validation.admissionAfterBirth'
  if (admission && full && !errors.fullMembershipDate && full < admission) errors.fullMembershipDate = 'validation.fullAfterAdmission'

  return errors
}

/** Checks one field only (on blur), using the same rules. */
export function validateField(form: MemberForm, field: EditableField, today?: string): string | undefined {
  return validateMemberForm(form, today)[field]
}
