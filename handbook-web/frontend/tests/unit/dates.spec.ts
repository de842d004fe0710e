import { describe, expect, it } from 'vitest'
import {
  daysInMonth,
  formatDate,
  formatDateTime,
  isIsoDate,
  normalizeDateInput,
  parseDate,
  todayIso,
} from '../../src/lib/dates'

describe('formatDate', () => {
  it('shows ISO dates as dd/MM/yyyy', () => {
    expect(formatDate('2025-03-07')).toBe('07/03/2025')
    expect(formatDate('1945-09-02')).toBe('02/09/1945')
  })
  it('ignores a time part', () => {
    expect(formatDate('2026-11-21T10:15:00Z')).toBe('21/11/2026')
  })
  it('shows nothing for null or empty', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('')).toBe('')
  })
  it('leaves text that is not a date alone', () => {
    expect(formatDate('không rõ')).toBe('không rõ')
  })
})

describe('parseDate', () => {
  it('reads dd/MM/yyyy into ISO', () => {
    expect(parseDate('25/12/1980')).toBe('1980-12-25')
    expect(parseDate('01/01/2000')).toBe('2000-01-01')
  })
  it('tolerates one-digit parts, other separators and spaces around', () => {
    expect(parseDate('1/2/2025')).toBe('2025-02-01')
    expect(parseDate(' 03.04.2021 ')).toBe('2021-04-03')
    expect(parseDate('3-4-2021')).toBe('2021-04-03')
  })
  it('is day-first, never month-first', () => {
    expect(parseDate('12/01/2025')).toBe('2025-01-12')
    expect(parseDate('01/13/2025')).toBeNull()
  })
  it('rejects days that do not exist', () => {
    expect(parseDate('31/02/2025')).toBeNull()
    expect(parseDate('30/02/2024')).toBeNull()
    expect(parseDate('29/02/2023')).toBeNull()
    expect(parseDate('31/04/2025')).toBeNull()
    expect(parseDate('00/01/2025')).toBeNull()
    expect(parseDate('32/01/2025')).toBeNull()
    expect(parseDate('15/00/2025')).toBeNull()
  })
  it('accepts 29 February in leap years only', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29')
    expect(parseDate('29/02/2000')).toBe('2000-02-29')
    expect(parseDate('29/02/1900')).toBeNull()
  })
  it('rejects other shapes', () => {
    for (const bad of ['', '2025-01-02', '1/2/25', 'abc', '12/12', '12/12/12345', null, undefined]) {
      expect(parseDate(bad as string)).toBeNull()
    }
  })
  it('round-trips with formatDate', () => {
    for (const iso of ['1950-01-31', '1999-12-01', '2024-02-29']) {
      expect(parseDate(formatDate(iso))).toBe(iso)
    }
  })
})

describe('helpers', () => {
  it('knows month lengths', () => {
    expect(daysInMonth(2025, 2)).toBe(28)
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2025, 4)).toBe(30)
    expect(daysInMonth(2025, 12)).toBe(31)
  })
  it('validates ISO dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('28/02/2025')).toBe(false)
  })
  it('normalizes typed dates and leaves invalid text for the validator', () => {
    expect(normalizeDateInput('1/2/2025')).toBe('01/02/2025')
    expect(normalizeDateInput('31/02/2025')).toBe('31/02/2025')
  })
  it('shows instants in the ward time zone as dd/MM/yyyy HH:mm', () => {
    expect(formatDateTime('2026-11-21T10:15:00Z')).toBe('21/11/2026 17:15')
    expect(formatDateTime('2026-12-31T20:00:00Z')).toBe('01/01/2027 03:00')
    expect(formatDateTime('2026-11-21T10:15:00Z', 'UTC')).toBe('21/11/2026 10:15')
    expect(formatDateTime(null)).toBe('')
  })
  it("gives today's date in the ward", () => {
    expect(todayIso(new Date('2026-05-31T18:30:00Z'))).toBe('2026-06-01')
  })
})
