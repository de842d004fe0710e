import { describe, expect, it } from 'vitest'
import type { MemberStatus } from '../../src/api/types'
import {
  EVENT_KINDS,
  allowedEventKinds,
  emptyEventForm,
  eventFormToPayload,
  validateEventForm,
} from '../../src/lib/memberEvents'

describe('allowedEventKinds', () => {
  it('follows the status table', () => {
    expect(allowedEventKinds('PROBATIONARY')).toEqual(['FULL_MEMBERSHIP', 'DEATH', 'REMOVAL', 'EXPULSION'])
    expect(allowedEventKinds('FULL')).toEqual(['EXEMPTION', 'DEATH', 'REMOVAL', 'EXPULSION'])
    expect(allowedEventKinds('EXEMPT')).toEqual(['EXEMPTION_END', 'DEATH', 'REMOVAL', 'EXPULSION'])
    expect(allowedEventKinds('REMOVED')).toEqual(['READMISSION'])
  })

  it('allows nothing after death, expulsion or transfer', () => {
    for (const s of ['DECEASED', 'EXPELLED', 'TRANSFERRED_OUT'] as MemberStatus[]) {
      expect(allowedEventKinds(s), s).toEqual([])
    }
  })

  it('allows nothing for a missing or unknown status', () => {
    expect(allowedEventKinds(null)).toEqual([])
    expect(allowedEventKinds(undefined)).toEqual([])
    expect(allowedEventKinds('')).toEqual([])
    expect(allowedEventKinds('ARCHIVED')).toEqual([])
    expect(allowedEventKinds('toString')).toEqual([])
  })

  it('never offers admission, and only known kinds', () => {
    const all: MemberStatus[] = ['PROBATIONARY', 'FULL', 'EXEMPT', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED', 'EXPELLED']
    for (const s of all) {
      const kinds = allowedEventKinds(s)
      expect(kinds).not.toContain('ADMISSION')
      for (const k of kinds) expect(EVENT_KINDS).toContain(k)
    }
  })

  it('returns a fresh array each time', () => {
    const a = allowedEventKinds('FULL')
    a.push('ADMISSION')
    expect(allowedEventKinds('FULL')).not.toContain('ADMISSION')
  })
})

describe('event form', () => {
  it('preselects the kind only when there is a single choice', () => {
    expect(emptyEventForm('REMOVED').kind).toBe('READMISSION')
    expect(emptyEventForm('FULL').kind).toBeNull()
    expect(emptyEventForm('DECEASED').kind).toBeNull()
  })

  it('requires an allowed kind and a real, past date', () => {
    const allowed = allowedEventKinds('FULL')
    const today = '2026-11-21'
    expect(validateEventForm({ kind: null, date: '', decisionNumber: '', reason: '' }, allowed, today)).toEqual({
      kind: 'validation.required',
      date: 'validation.required',
    })
    expect(validateEventForm({ kind: 'FULL_MEMBERSHIP', date: '31/02/2025', decisionNumber: '', reason: '' }, allowed, today)).toEqual({
      kind: 'validation.required',
      date: 'validation.date',
    })
    expect(validateEventForm({ kind: 'EXEMPTION', date: '22/11/2026', decisionNumber: '', reason: '' }, allowed, today)).toEqual({
      date: 'validation.futureDate',
    })
    expect(validateEventForm({ kind: 'EXEMPTION', date: '21/11/2026', decisionNumber: '', reason: '' }, allowed, today)).toEqual({})
  })

  it('sends the ISO date, trimmed text and null for empty text', () => {
    expect(eventFormToPayload({ kind: 'DEATH', date: '1/3/2025', decisionNumber: '  ', reason: ' Bệnh nặng ' })).toEqual({
      kind: 'DEATH',
      date: '2025-03-01',
      decisionNumber: null,
      reason: 'Bệnh nặng',
    })
  })
})
