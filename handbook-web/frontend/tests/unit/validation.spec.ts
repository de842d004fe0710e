import { describe, expect, it } from 'vitest'
import { emptyMemberForm, type MemberForm } from '../../src/lib/memberForm'
import { isValidCitizenId, validateField, validateMemberForm } from '../../src/lib/validation'

const TODAY = '2026-06-01'

function valid(): MemberForm {
  const form = emptyMemberForm()
  form.fullName = 'Nguyễn Văn An'
  form.sex = 'MALE'
  form.birthDate = '02/09/1975'
  form.citizenId = '079075001234'
  form.cellId = 3
  return form
}

describe('isValidCitizenId', () => {
  it('accepts exactly 12 digits', () => {
    expect(isValidCitizenId('079075001234')).toBe(true)
    expect(isValidCitizenId(' 079075001234 ')).toBe(true)
  })
  it('rejects anything else', () => {
    for (const bad of ['', '07907500123', '0790750012345', '07907500123a', '079 075 001 234', '079075-001234', null, undefined]) {
      expect(isValidCitizenId(bad as string)).toBe(false)
    }
  })
})

describe('validateMemberForm', () => {
  it('passes a complete form', () => {
    expect(validateMemberForm(valid(), TODAY)).toEqual({})
  })

  it('requires full name, sex, birth date, citizen ID and cell', () => {
    const errors = validateMemberForm(emptyMemberForm(), TODAY)
    expect(errors).toEqual({
      fullName: 'validation.required',
      sex: 'validation.required',
      birthDate: 'validation.required',
      citizenId: 'validation.required',
      cellId: 'validation.required',
    })
  })

  it('treats a blank full name as missing', () => {
    const form = valid()
    form.fullName = '   '
    expect(validateMemberForm(form, TODAY).fullName).toBe('validation.required')
  })

  it('rejects a citizen ID that is not 12 digits', () => {
    const form = valid()
    form.citizenId = '12345'
    expect(validateMemberForm(form, TODAY)).toEqual({ citizenId: 'validation.citizenId' })
  })

  it('rejects impossible and future dates', () => {
    const form = valid()
    form.birthDate = '31/02/1975'
    form.admissionDate = '01/01/2030'
    const errors = validateMemberForm(form, TODAY)
    expect(errors.birthDate).toBe('validation.date')
    expect(errors.admissionDate).toBe('validation.futureDate')
  })

  it('checks the order of birth, admission and full membership', () => {
    const form = valid()
    form.admissionDate = '01/01/1970'
    form.fullMembershipDate = '01/01/1969'
    const errors = validateMemberForm(form, TODAY)
    expect(errors.admissionDate).toBe('validation.admissionAfterBirth')
    expect(errors.fullMembershipDate).toBe('validation.fullAfterAdmission')
  })

  it('lets optional dates stay empty', () => {
    const form = valid()
    form.admissionDate = ''
    form.fullMembershipDate = ''
    expect(validateMemberForm(form, TODAY)).toEqual({})
  })

  it('checks a single field on blur', () => {
    const form = valid()
    form.citizenId = '0790750012'
    expect(validateField(form, 'citizenId', TODAY)).toBe('validation.citizenId')
    expect(validateField(form, 'fullName', TODAY)).toBeUndefined()
  })
})
