import { describe, expect, it } from 'vitest'
import { chartable, decisionKey, formatShare, shareLabelKey, STRUCTURE_KEYS, STRUCTURE_CHARTS } from '../../src/lib/credentials'
import { i18n } from '../../src/i18n'

describe('shareLabelKey', () => {
  it('labels codes from the messages and keeps recorded texts', () => {
    expect(shareLabelKey('sex', 'FEMALE')).toBe('enums.sex.FEMALE')
    expect(shareLabelKey('politicalTheory', 'BACHELOR')).toBe('enums.politicalTheory.BACHELOR')
    expect(shareLabelKey('ageBand', '30_39')).toBe('congress.credentials.ageBand.b30_39')
    expect(shareLabelKey('partyAgeBand', '40_PLUS')).toBe('congress.credentials.partyAgeBand.b40_PLUS')
    expect(shareLabelKey('basis', 'EX_OFFICIO')).toBe('congress.credentials.basis.EX_OFFICIO')
    expect(shareLabelKey('ethnicity', 'Kinh')).toBeNull()
    expect(shareLabelKey('generalEducation', '12/12')).toBeNull()
    expect(shareLabelKey('occupation', 'UNKNOWN')).toBe('congress.credentials.unknown')
  })
  it('has a Vietnamese and an English label for every band the server sends', () => {
    const bands = {
      ageBand: ['UNDER_30', '30_39', '40_49', '50_59', '60_PLUS'],
      partyAgeBand: ['UNDER_10', '10_19', '20_29', '30_39', '40_PLUS'],
      basis: ['EX_OFFICIO', 'ELECTED', 'APPOINTED'],
    }
    for (const locale of ['vi', 'en'] as const) {
      for (const [structure, keys] of Object.entries(bands)) {
        for (const k of keys) expect(i18n.global.te(shareLabelKey(structure, k)!, locale), `${locale} ${structure} ${k}`).toBe(true)
      }
    }
    expect(i18n.global.t('congress.credentials.ageBand.b60_PLUS', {}, { locale: 'vi' })).toBe('Từ 60 tuổi trở lên')
  })
})

describe('formatShare', () => {
  it('shows the server’s one decimal in the locale’s format', () => {
    expect(formatShare(66.7, 'vi-VN')).toBe('66,7%')
    expect(formatShare(66.7, 'en-GB')).toBe('66.7%')
    expect(formatShare(50, 'vi-VN')).toBe('50,0%')
    expect(formatShare(Number.NaN, 'en-GB')).toBe('0.0%')
  })
})

describe('charts and decisions', () => {
  it('draws every structure, but not one of nothing but zeros', () => {
    for (const k of STRUCTURE_KEYS) expect(STRUCTURE_CHARTS[k]).toBeDefined()
    expect(chartable([{ key: 'MALE', label: 'Nam', count: 0, percent: 0 }])).toBe(false)
    expect(chartable([{ key: 'MALE', label: 'Nam', count: 1, percent: 100 }])).toBe(true)
  })
  it('names a pending decision', () => {
    expect(decisionKey('ACCEPTED')).toBe('congress.credentials.decision.ACCEPTED')
    expect(decisionKey('REJECTED')).toBe('congress.credentials.decision.REJECTED')
    expect(decisionKey(undefined)).toBe('congress.credentials.decision.PENDING')
  })
})
