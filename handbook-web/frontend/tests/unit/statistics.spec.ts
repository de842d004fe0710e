import { describe, expect, it } from 'vitest'
import {
  formatPercent,
  percentOf,
  rowLabelKey,
  startOfYear,
  validateStatisticsForm,
} from '../../src/lib/statistics'
import { i18n } from '../../src/i18n'

describe('percentOf', () => {
  it('rounds to one decimal', () => {
    expect(percentOf(1080, 1256)).toBe(86)
    expect(percentOf(70, 1256)).toBe(5.6)
    expect(percentOf(1, 3)).toBe(33.3)
    expect(percentOf(2, 3)).toBe(66.7)
    expect(percentOf(5, 5)).toBe(100)
  })
  it('is 0 when there is nobody', () => {
    expect(percentOf(0, 0)).toBe(0)
    expect(percentOf(3, 0)).toBe(0)
  })
})

describe('formatPercent', () => {
  it('uses the Vietnamese number format with one decimal', () => {
    expect((formatPercent(1080, 1256, 'vi-VN'))).toBe('86,0%')
    expect((formatPercent(70, 1256, 'vi-VN'))).toBe('5,6%')
    expect((formatPercent(0, 0, 'vi-VN'))).toBe('0,0%')
  })
  it('uses the English format in English', () => {
    expect(formatPercent(1, 3, 'en-GB')).toBe('33.3%')
    expect(formatPercent(1256, 1256, 'en-GB')).toBe('100.0%')
    expect(formatPercent(12345, 12345, 'vi-VN')).toBe('100,0%')
  })
})

describe('rowLabelKey', () => {
  const t = i18n.global.t
  it('translates codes and bands in both languages', () => {
    expect(t(rowLabelKey('status', 'FULL')!, {}, { locale: 'vi' })).toBe('Chính thức')
    expect(t(rowLabelKey('sex', 'FEMALE')!, {}, { locale: 'en' })).toBe('Female')
    expect(t(rowLabelKey('politicalTheory', 'BACHELOR')!, {}, { locale: 'vi' })).toBe('Cử nhân')
    expect(t(rowLabelKey('ageBand', 'UP_TO_30')!, {}, { locale: 'vi' })).toBe('≤ 30')
    expect(t(rowLabelKey('ageBand', '31_40')!, {}, { locale: 'vi' })).toBe('31–40')
    expect(t(rowLabelKey('ageBand', 'OVER_70')!, {}, { locale: 'vi' })).toBe('> 70')
    expect(t(rowLabelKey('partyAgeBand', 'UNDER_10')!, {}, { locale: 'vi' })).toBe('Dưới 10 năm')
    expect(t(rowLabelKey('partyAgeBand', '10_19')!, {}, { locale: 'vi' })).toBe('10–19 năm')
    expect(t(rowLabelKey('partyAgeBand', '50_PLUS')!, {}, { locale: 'vi' })).toBe('Từ 50 năm')
  })
  it('shows stored texts as they are, and UNKNOWN as "unknown"', () => {
    expect(rowLabelKey('ethnicity', 'Kinh')).toBeNull()
    expect(t(rowLabelKey('religion', 'UNKNOWN')!, {}, { locale: 'vi' })).toBe('Không rõ')
    expect(t(rowLabelKey('occupation', 'UNKNOWN')!, {}, { locale: 'en' })).toBe('Unknown')
  })
})

describe('validateStatisticsForm', () => {
  it('accepts a complete form and an empty period', () => {
    expect(validateStatisticsForm({ unitId: 1, date: '21/11/2026', from: '01/01/2026', to: '21/11/2026' })).toEqual({})
    expect(validateStatisticsForm({ unitId: 1, date: '21/11/2026', from: '', to: '' })).toEqual({})
  })
  it('flags missing and impossible values', () => {
    expect(validateStatisticsForm({ unitId: null, date: '', from: '31/02/2026', to: 'x' })).toEqual({
      unitId: 'validation.required',
      date: 'validation.required',
      from: 'validation.date',
      to: 'validation.date',
    })
  })
  it('flags an end before the start', () => {
    expect(validateStatisticsForm({ unitId: 1, date: '21/11/2026', from: '02/03/2026', to: '01/03/2026' })).toEqual({
      to: 'statistics.toBeforeFrom',
    })
  })
  it('finds 1 January', () => {
    expect(startOfYear('2026-11-21')).toBe('2026-01-01')
  })
})
