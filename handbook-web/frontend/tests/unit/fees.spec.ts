import { describe, expect, it } from 'vitest'
import {
  behind,
  formatMonth,
  formatVnd,
  levelKey,
  monthStatus,
  parseAmount,
  parseMonth,
  recentYears,
} from '../../src/lib/fees'
import type { LedgerMember } from '../../src/api/fees'

describe('parseAmount', () => {
  it('reads amounts typed with or without grouping and currency', () => {
    expect(parseAmount('85000')).toBe(85000)
    expect(parseAmount('85.000')).toBe(85000)
    expect(parseAmount('1.250.000 đ')).toBe(1250000)
    expect(parseAmount('85 000')).toBe(85000)
    expect(parseAmount(' 20,000 ')).toBe(20000)
    expect(parseAmount('-5000')).toBe(-5000)
  })
  it('refuses what is not a whole amount', () => {
    expect(parseAmount('')).toBeNull()
    expect(parseAmount('85.5')).toBeNull()
    expect(parseAmount('abc')).toBeNull()
    expect(parseAmount('8.50.00')).toBeNull()
    expect(parseAmount(null)).toBeNull()
  })
})

describe('months', () => {
  it('parses and formats MM/yyyy', () => {
    expect(parseMonth('03/2026')).toBe('2026-03')
    expect(parseMonth('3/2026')).toBe('2026-03')
    expect(parseMonth('13/2026')).toBeNull()
    expect(parseMonth('2026-03')).toBeNull()
    expect(formatMonth('2026-03')).toBe('03/2026')
    expect(formatMonth(undefined)).toBe('')
  })
  it('lists recent years newest first', () => {
    expect(recentYears(2026, 3)).toEqual([2026, 2025, 2024])
  })
})

describe('monthStatus', () => {
  it('tells paid, partly paid, unpaid, before joining and not yet begun apart', () => {
    expect(monthStatus({ month: '2026-02', owed: true, due: 85000, paid: 85000 }, '2026-05')).toBe('paid')
    expect(monthStatus({ month: '2026-02', owed: true, due: 85000, paid: 50000 }, '2026-05')).toBe('partly')
    expect(monthStatus({ month: '2026-02', owed: true, due: 85000 }, '2026-05')).toBe('unpaid')
    expect(monthStatus({ month: '2026-02', owed: true }, '2026-05')).toBe('unpaid')
    expect(monthStatus({ month: '2026-01', owed: false }, '2026-05')).toBe('notInCell')
    expect(monthStatus({ month: '2026-08', owed: false }, '2026-05')).toBe('notYet')
  })
})

describe('warnings', () => {
  const m = (fullName: string, unpaidMonths: number, level: LedgerMember['level']): LedgerMember => ({
    memberId: unpaidMonths, fullName, months: [], due: 0, paid: 0, arrears: 0, unpaidMonths, level, basisMissing: false,
  })
  it('lists flags before warnings and leaves out members up to date', () => {
    const list = behind([m('An', 0, 'NONE'), m('Bình', 2, 'WARNING'), m('Cúc', 4, 'FLAG'), m('Ánh', 2, 'WARNING')])
    expect(list.map((x) => x.fullName)).toEqual(['Cúc', 'Ánh', 'Bình'])
    expect(levelKey('NONE')).toBeNull()
    expect(levelKey('FLAG')).toBe('fees.level.FLAG')
  })
  it('formats đồng without decimals', () => {
    expect(formatVnd(85000, 'vi-VN').replace(/\s/g, ' ')).toBe('85.000 ₫')
    expect(formatVnd(null, 'vi-VN')).toBe('—')
  })
})
