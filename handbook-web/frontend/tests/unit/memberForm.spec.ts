import { describe, expect, it } from 'vitest'
import type { MemberDossier } from '../../src/api/types'
import { buildPatch, changedFields, emptyMemberForm, formFromDossier, formToPayload } from '../../src/lib/memberForm'

function dossier(): MemberDossier {
  return {
    id: 12,
    fullName: 'Trần Văn Bình',
    sex: 'MALE',
    birthDate: '1970-05-19',
    citizenId: '079070001234',
    partyCardNumber: '1000204',
    status: 'FULL',
    cellId: 3,
    cellName: 'Chi bộ Khu phố 1',
    otherNames: null,
    birthplace: 'Long An',
    residence: '12 Lê Lợi',
    ethnicity: 'Kinh',
    religion: null,
    occupation: 'Cán bộ',
    generalEducation: '12/12',
    professionalQualification: null,
    politicalTheory: 'INTERMEDIATE',
    foreignLanguage: null,
    itLevel: null,
    admissionDate: '1995-02-03',
    fullMembershipDate: '1996-02-03',
    version: 3,
  }
}

describe('formFromDossier / formToPayload', () => {
  it('shows dates as dd/MM/yyyy and nulls as empty text', () => {
    const form = formFromDossier(dossier())
    expect(form.birthDate).toBe('19/05/1970')
    expect(form.admissionDate).toBe('03/02/1995')
    expect(form.otherNames).toBe('')
    expect(form.cellId).toBe(3)
  })
  it('sends ISO dates, trimmed text and null for empty fields', () => {
    const form = emptyMemberForm()
    form.fullName = '  Nguyễn   Thị  Hoa '
    form.birthDate = '1/2/1980'
    form.residence = '   '
    form.citizenId = ' 079180001111 '
    form.sex = 'FEMALE'
    form.cellId = 4
    const body = formToPayload(form)
    expect(body.fullName).toBe('Nguyễn Thị Hoa')
    expect(body.birthDate).toBe('1980-02-01')
    expect(body.residence).toBeNull()
    expect(body.citizenId).toBe('079180001111')
    expect(body.sex).toBe('FEMALE')
    expect(body.cellId).toBe(4)
    expect(body.status).toBe('PROBATIONARY')
    expect(body.politicalTheory).toBeNull()
  })
})

describe('buildPatch', () => {
  it('sends only the version when nothing changed', () => {
    const d = dossier()
    const patch = buildPatch(d, formFromDossier(d))
    expect(patch).toEqual({ version: 3 })
    expect(changedFields(patch)).toEqual([])
  })

  it('sends the version and exactly the changed fields', () => {
    const d = dossier()
    const form = formFromDossier(d)
    form.residence = '45 Nguyễn Huệ'
    form.politicalTheory = 'ADVANCED'
    form.admissionDate = '04/02/1995'
    const patch = buildPatch(d, form)
    expect(patch).toEqual({
      version: 3,
      residence: '45 Nguyễn Huệ',
      politicalTheory: 'ADVANCED',
      admissionDate: '1995-02-04',
    })
    expect(changedFields(patch).sort()).toEqual(['admissionDate', 'politicalTheory', 'residence'])
  })

  it('sends null for a cleared field', () => {
    const d = dossier()
    const form = formFromDossier(d)
    form.occupation = ''
    expect(buildPatch(d, form)).toEqual({ version: 3, occupation: null })
  })

  it('does not count whitespace-only or same-date edits as changes', () => {
    const d = dossier()
    const form = formFromDossier(d)
    form.residence = '  12 Lê Lợi  '
    form.birthDate = '19/5/1970'
    form.religion = '   '
    expect(buildPatch(d, form)).toEqual({ version: 3 })
  })

  it('includes a changed cell as a number', () => {
    const d = dossier()
    const form = formFromDossier(d)
    form.cellId = 7
    expect(buildPatch(d, form)).toEqual({ version: 3, cellId: 7 })
  })

  it('uses the version the dossier was loaded with', () => {
    const d = { ...dossier(), version: 41 }
    const form = formFromDossier(d)
    form.itLevel = 'Cơ bản'
    expect(buildPatch(d, form)).toEqual({ version: 41, itLevel: 'Cơ bản' })
  })
})
