import { describe, expect, it } from 'vitest'
import {
  classUnits,
  completionRate,
  defaultPeriod,
  defaultSession,
  formatPhone,
  markAt,
  normalisePhone,
  parseTime,
  sessionWhen,
  skillLines,
} from '../../src/lib/classes'
import type { ClassSession } from '../../src/api/classes'
import type { Me, Unit } from '../../src/api/types'

describe('digital-skills class helpers', () => {
  it('reads Vietnamese phone numbers however they are typed, as the server does', () => {
    expect(normalisePhone('0912 345 678')).toBe('0912345678')
    expect(normalisePhone('091.234.5678')).toBe('0912345678')
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678')
    expect(normalisePhone('84912345678')).toBe('0912345678')
    expect(normalisePhone('(024) 3612 3456')).toBe('02436123456')
    for (const bad of ['', '12345', '0123 456 789', '09123456789', '0612345678', 'abc', '0212345678']) {
      expect(normalisePhone(bad)).toBeNull()
    }
    expect(normalisePhone(null)).toBeNull()
    expect(formatPhone('0912345678')).toBe('0912 345 678')
    expect(formatPhone('02436123456')).toBe('024 3612 3456')
  })

  it('takes skills one a line or separated by semicolons, without repeats', () => {
    expect(skillLines(' Dùng VNeID \n\nThanh toán trực tuyến; dùng vneid ;  Họp   trực tuyến')).toEqual([
      'Dùng VNeID',
      'Thanh toán trực tuyến',
      'Họp trực tuyến',
    ])
    expect(skillLines('   ')).toEqual([])
  })

  it('tells present, absent and not marked apart', () => {
    const l = { presentAt: [1, 3], absentAt: [2] }
    expect(markAt(l, 1)).toBe('PRESENT')
    expect(markAt(l, 2)).toBe('ABSENT')
    expect(markAt(l, 4)).toBeNull()
  })

  it('reads times and shows when a session is', () => {
    expect(parseTime('7h05')).toBe('07:05')
    expect(parseTime('19:00')).toBe('19:00')
    expect(parseTime('19:00:00')).toBe('19:00')
    expect(parseTime('')).toBe('')
    expect(parseTime('25:00')).toBeNull()
    expect(parseTime('chiều')).toBeNull()
    expect(sessionWhen({ date: '2026-12-05', time: '19:00:00' })).toBe('05/12/2026, 19:00')
    expect(sessionWhen({ date: '2026-12-05' })).toBe('05/12/2026')
  })

  it('opens the attendance screen on the latest session held', () => {
    const s = (id: number, held: boolean): ClassSession => ({ id, date: '2026-01-0' + id, held, present: 0, absent: 0 })
    expect(defaultSession([s(1, true), s(2, true), s(3, false)])?.id).toBe(2)
    expect(defaultSession([s(1, false), s(2, false)])?.id).toBe(1)
    expect(defaultSession([])).toBeNull()
  })

  it('offers the ward to officers and only their own cells to a secretary', () => {
    const units: Unit[] = [
      { id: 1, kind: 'WARD', name: 'Đảng bộ phường' },
      { id: 2, kind: 'CELL', name: 'Chi bộ 2', parentId: 1 },
      { id: 3, kind: 'CELL', name: 'Chi bộ 1', parentId: 1 },
      { id: 4, kind: 'CELL', name: 'Chi bộ cũ', parentId: 1, dissolvedOn: '2020-01-01' },
    ] as Unit[]
    const me = { unitIds: [2], roles: ['secretary'], wholeWard: false } as unknown as Me
    expect(classUnits(units, me, true).map((u) => u.id)).toEqual([1, 3, 2])
    expect(classUnits(units, me, false).map((u) => u.id)).toEqual([2])
  })

  it('reports from the first of the year to today by default', () => {
    expect(defaultPeriod('2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-11-22' })
    expect(completionRate(3, 4)).toBe('75%')
    expect(completionRate(0, 0)).toBe('—')
  })
})
