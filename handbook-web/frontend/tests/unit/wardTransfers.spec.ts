import { describe, expect, it } from 'vitest'
import {
  cellPeriodNotes,
  checkPassed,
  describeDestination,
  emptyIllnessForm,
  emptyIncomingForm,
  emptyOutgoingForm,
  illnessFormToPayload,
  incomingFormToPayload,
  outgoingFormToPayload,
  validateAcceptForm,
  validateIllnessForm,
  validateIncomingForm,
  validateOutgoingForm,
} from '../../src/lib/wardTransfers'

describe('transfer out of the ward', () => {
  it('needs a destination, a decision number and a date', () => {
    expect(validateOutgoingForm(emptyOutgoingForm())).toEqual({
      destinationName: 'validation.required',
      decisionNumber: 'validation.required',
      date: 'validation.required',
    })
    const form = { ...emptyOutgoingForm(), destinationName: 'Đảng bộ xã Yên Phú', decisionNumber: '125-QĐ/ĐU', date: '31/02/2026' }
    expect(validateOutgoingForm(form)).toEqual({ date: 'validation.date' })
  })

  it('sends ISO dates and nulls for the empty optional fields', () => {
    const form = { ...emptyOutgoingForm(), destinationName: ' Đảng bộ xã Yên Phú ', decisionNumber: '125-QĐ/ĐU', date: '5/3/2026' }
    expect(outgoingFormToPayload(7, form)).toEqual({
      memberId: 7, destinationName: 'Đảng bộ xã Yên Phú', destinationLevel: null, destinationProvince: null,
      decisionNumber: '125-QĐ/ĐU', date: '2026-03-05', reason: null,
    })
  })

  it('describes the destination as the history does', () => {
    expect(describeDestination({ destinationName: 'Đảng bộ xã Yên Phú', destinationLevel: 'Đảng bộ cơ sở', destinationProvince: 'Hưng Yên' }))
      .toBe('Đảng bộ xã Yên Phú (Đảng bộ cơ sở), Hưng Yên')
    expect(describeDestination({ destinationName: 'Đảng bộ phường Hòa Xuân' })).toBe('Đảng bộ phường Hòa Xuân')
  })
})

describe('dossier received into the ward', () => {
  it('needs the sender, the slip and the core of the 2-HSĐV', () => {
    const errors = validateIncomingForm(emptyIncomingForm(), '2026-06-01')
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'citizenId', 'fullName', 'sendingOrg', 'sex', 'slipNumber'])
    const form = { ...emptyIncomingForm(), fullName: 'Lương Thị Nga', sex: 'FEMALE' as const, birthDate: '17/05/1975',
      citizenId: '0011750123', sendingOrg: 'Đảng bộ phường Hòa Xuân', slipNumber: '88-GGT/ĐU', admissionDate: '01/01/2030' }
    expect(validateIncomingForm(form, '2026-06-01')).toEqual({ citizenId: 'validation.citizenId', admissionDate: 'validation.futureDate' })
  })

  it('sends only what was filled in, with ISO dates', () => {
    const form = { ...emptyIncomingForm(), fullName: 'Lương Thị Nga', sex: 'FEMALE' as const, birthDate: '17/05/1975',
      citizenId: '001175012345', sendingOrg: 'Đảng bộ phường Hòa Xuân', slipNumber: '88-GGT/ĐU' }
    expect(incomingFormToPayload(form)).toEqual({
      sendingOrg: 'Đảng bộ phường Hòa Xuân', slipNumber: '88-GGT/ĐU', fullName: 'Lương Thị Nga', sex: 'FEMALE',
      birthDate: '1975-05-17', citizenId: '001175012345',
    })
  })

  it('is accepted only once checked with every item in order', () => {
    expect(checkPassed({ state: 'CHECKED', slipPresent: true, dossierComplete: true, cardMatches: true })).toBe(true)
    expect(checkPassed({ state: 'CHECKED', slipPresent: true, dossierComplete: true, cardMatches: false })).toBe(false)
    expect(checkPassed({ state: 'RECEIVED' })).toBe(false)
    expect(validateAcceptForm({ cellId: null, date: '' }, '2026-06-01')).toEqual({
      cellId: 'validation.required', date: 'validation.required',
    })
  })
})

describe('serious illness', () => {
  it('allows an advance of 12 or 24 months only', () => {
    expect(validateIllnessForm(emptyIllnessForm(), '2026-06-01')).toEqual({
      since: 'validation.required', advanceMonths: 'validation.required',
    })
    const form = { since: '01/05/2026', advanceMonths: 24 as const, note: '' }
    expect(validateIllnessForm(form, '2026-06-01')).toEqual({})
    expect(illnessFormToPayload(3, form)).toEqual({ memberId: 3, since: '2026-05-01', advanceMonths: 24, note: null })
  })
})

describe('membership history', () => {
  it('says where the member came from and where they went, with dates', () => {
    expect(cellPeriodNotes({ cellId: 1, cellName: 'Chi bộ 1', from: '2015-07-01', to: '2020-05-01',
      receivedFrom: 'Đảng bộ xã Yên Phú', transferredOutTo: 'Đảng bộ phường Hòa Xuân' })).toEqual([
      { key: 'wardTransfers.receivedFrom', params: { org: 'Đảng bộ xã Yên Phú', date: '01/07/2015' } },
      { key: 'wardTransfers.transferredOutTo', params: { org: 'Đảng bộ phường Hòa Xuân', date: '01/05/2020' } },
    ])
    expect(cellPeriodNotes({ cellId: 1, cellName: 'Chi bộ 1', from: '2015-07-01', to: null })).toEqual([])
  })
})
